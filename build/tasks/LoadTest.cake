// build.cake chains it after Deploy; --exclusive runs it against an existing deployment.
var loadTestTask = Task("LoadTest")
    .Description("Load the deployed app, sample replicas every 5 s, pass when they follow the KEDA/HPA model; report in artifacts/cluster/.")
    .Does<BuildContext>(context => Pipeline.Run(context, "cluster"));
