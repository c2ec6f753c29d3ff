// build.cake chains it after Deploy; --exclusive runs it against an existing deployment.
var loadTestTask = Task("LoadTest")
    .Description("Load the deployed app, sample the replicas, pass when they follow the KEDA/HPA model; report in artifacts/cluster/ (Orders.Pipeline cluster).")
    .Does<BuildContext>(context => Pipeline.Run(context, "cluster"));
