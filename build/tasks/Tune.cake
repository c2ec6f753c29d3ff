Task("Tune")
    .Description("Choose the orders job's scrape interval and the query's window with Poisson loads replayed on a real Prometheus (Orders.Pipeline tune); table in artifacts/tune/.")
    .Does<BuildContext>(context => Pipeline.Run(context, "tune"));
