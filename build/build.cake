// The Cake pipeline in Frosting's shape (Cake.Frosting is not served here). The targets are build/Orders.Pipeline's
// registry (Cli/Tasks/: a class per target with its name, description, dependencies and verb); this script adds
// only Cake's own dotnet steps (context/DotNetSteps.cake). `Orders.Pipeline --help` lists targets and options.
#load "context/*.cake"

var pipeline = new PipelineTool(Context, MakeAbsolute(Directory("..")) /* Cake runs in build/ */, Settings.Exclusive);
foreach (var target in pipeline.Targets())
{
    var (name, verb) = (target.GetProperty("name").GetString(), target.GetProperty("verb").GetString());
    var task = Task(name).Description(target.GetProperty("description").GetString());
    foreach (var dependency in target.GetProperty("dependencies").EnumerateArray()) { task.IsDependentOn(dependency.GetString()); }
    var step = DotNetSteps.For(name);
    task.Does<BuildContext>(context => step(context, extra => { if (verb != null) { pipeline.Run(verb, extra); } }));
}

// Every argument is checked against the options of the run's targets before the first task starts.
Setup<BuildContext>(context => { pipeline.Run("check-run"); return new BuildContext(context, pipeline); });
RunTarget(pipeline.Target);
