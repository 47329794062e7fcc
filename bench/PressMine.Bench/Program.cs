using BenchmarkDotNet.Running;
using PressMine.Bench;

// `throughput [inputs...] [--threads N] [--repeat N]`: the whole pipeline, end to end, pages/s and MB/s per core, peak memory.
// `cleanprofile [--devpages DIR] [--rounds N]`: the Clean stage alone on the real gne pages, per sub-stage.
// `topicspeed`: the topic model's PredictionEngine against the linear scorer, one thread.
// Anything else goes to BenchmarkDotNet, e.g. `--filter *Segment*`.
if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "segspeed") return SegmentSpeed.Run(args[1..]);
if (args.Length > 0 && args[0] == "dedup-pairs") return DedupPairsCommand.Run(args[1..]);
if (args.Length > 0 && args[0] == "realpages") return RealPagesCommand.Run(args[1..]);
if (args.Length > 0 && args[0] == "dedup-scale") return DedupScale.Run(args[1..]);
if (args.Length > 0 && args[0] == "realthroughput") return RealThroughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "cleanprofile") return CleanProfile.Run(args[1..]);
if (args.Length > 0 && args[0] == "topicspeed") return TopicSpeed.Run(args[1..]);
if (args.Length > 0 && args[0] == "map-outlines") return MapOutlinesCommand.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
