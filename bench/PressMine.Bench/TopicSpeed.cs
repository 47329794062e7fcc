using System.Diagnostics;
using PressMine.Extract.Topic;

namespace PressMine.Bench;

/// <summary>
/// `topicspeed [--rounds N]`: the shipped topic model on one thread over the corpus' labelled texts (cut once, not
/// timed), through ML.NET's PredictionEngine and through the linear scorer read out of it, interleaved; microseconds
/// of CPU per text, medians of the rounds.
/// </summary>
public static class TopicSpeed
{
    public static int Run(string[] args)
    {
        int rounds = args.Length == 2 && args[0] == "--rounds" ? int.Parse(args[1]) : 7;
        var model = TopicModel.LoadDefault();
        var corpus = CorpusLocator.FindCorpusDirectory();
        if (model is null || corpus is null) { Console.Error.WriteLine("no topic model or corpus found"); return 2; }
        var texts = TopicTrainingSet.Load(corpus, TopicTrainingSet.DefaultDevSetDirectory(corpus)).Select(t => model.Words(t.Text)).ToList();
        IReadOnlyList<string> none = [];
        double Time(Func<IReadOnlyList<string>, (string, double)> predict)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (int repeat = 0; repeat < 5; repeat++)
                foreach (var words in texts) predict(words);
            return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (5.0 * texts.Count);
        }
        Time(w => model.PredictWithEngine(w, none)); // warm both paths up
        Time(w => model.Predict(w, none));
        var engine = new List<double>();
        var linear = new List<double>();
        for (int r = 0; r < rounds; r++)
        {
            engine.Add(Time(w => model.PredictWithEngine(w, none)));
            linear.Add(Time(w => model.Predict(w, none)));
        }
        double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
        Console.WriteLine($"{texts.Count} texts, {texts.Average(t => t.Count):F0} words each: PredictionEngine {Median(engine):F1} µs CPU a text, " +
                          $"linear scorer {Median(linear):F1} µs ({Median(engine) / Median(linear):F1}×), medians of {rounds} rounds");
        return 0;
    }
}
