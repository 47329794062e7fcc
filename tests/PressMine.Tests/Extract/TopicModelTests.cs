using PressMine.Extract.Topic;

namespace PressMine.Tests.Extract;

public sealed class TopicModelTests
{
    [Fact]
    public void Training_set_has_every_labelled_page_and_dev_text_with_both_topics()
    {
        var corpus = CorpusLocator.FindCorpusDirectory();
        Assert.NotNull(corpus);
        var examples = TopicTrainingSet.Load(corpus, TopicTrainingSet.DefaultDevSetDirectory(corpus));
        Assert.True(examples.Count >= 150, $"{examples.Count} labelled texts");
        Assert.True(examples.Count(e => !e.IsSupervision) >= 20);
        Assert.True(examples.Count(e => e.IsSupervision) >= 100);
    }

    [Fact]
    public void Shipped_model_tells_a_supervision_report_from_other_news()
    {
        var model = TopicModel.LoadDefault();
        Assert.NotNull(model); // corpus/models/topic.zip is copied to bin/corpus/models
        var report = model.Predict("县安委会督查组暗访危化品企业",
            "连日来，县安委会督查组对全县危化品企业开展暗访检查，共检查企业35家，发现隐患62处，已督促整改54处，约谈企业负责人3人。");
        var weather = model.Predict("明后天有小到中雨 气温略降",
            "记者从市气象台获悉，受冷空气影响，明后天我市将出现小到中雨，最高气温降至18℃左右，市民出行请注意携带雨具。");
        Assert.Equal(TopicModel.Supervision, report.Topic);
        Assert.Equal(TopicModel.OtherNews, weather.Topic);
        Assert.True(report.Score > weather.Score);
        Assert.InRange(report.Score, 0, 1);
    }

    [Fact]
    public void Saved_model_predicts_like_the_trained_one()
    {
        var segmenter = PressMine.Segment.ChineseSegmenter.Shared();
        LabelledText[] examples =
        [
            new("督查组检查企业发现问题督促整改", true), new("督导组暗访卡点发现问题反馈整改", true),
            new("纪委监委专项监督问责干部", true), new("消防大队检查场所排查隐患", true),
            new("气象台发布暴雨预警注意防范", false), new("高铁新线开通旅客出行更便捷", false),
            new("博览会开幕展商齐聚", false), new("油菜花节开幕游客赏花", false),
        ];
        var trained = TopicModel.Train(examples, segmenter);
        var path = Path.Combine(Path.GetTempPath(), $"pressmine-topic-{Guid.NewGuid():N}.zip");
        try
        {
            trained.Save(path);
            var loaded = TopicModel.Load(path, segmenter);
            const string text = "督查组检查企业发现问题";
            Assert.Equal(trained.Predict(null, text), loaded.Predict(null, text));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_linear_scorer_gives_the_engines_probabilities_within_1e6_on_the_labelled_texts_and_on_texts_it_has_not_seen()
    {
        var model = TopicModel.LoadDefault();
        Assert.NotNull(model);
        var corpus = CorpusLocator.FindCorpusDirectory()!;
        var texts = TopicTrainingSet.Load(corpus, TopicTrainingSet.DefaultDevSetDirectory(corpus)).Select(t => model.Words(t.Text)).ToList();
        // Unseen: words the vocabulary lacks between known ones (a bigram must not bridge them), bigrams read
        // backwards (not in the n-gram dictionary), two texts run together, and no word at all.
        var variants = texts.Select((words, k) => words.SelectMany((w, i) => i % 3 == 2 ? new[] { w, $"未见词{k}x{i}" } : [w]).ToList())
            .Concat(texts.Select(words => words.AsEnumerable().Reverse().ToList()))
            .Concat(texts.Zip(texts.Skip(1), (a, b) => a.Concat(b).ToList()))
            .Append([]).Append(["未见词"]);
        int compared = 0;
        foreach (var words in texts.Concat(variants))
        {
            var (engine, linear) = model.Probabilities(words);
            Assert.NotNull(linear); // the shipped model has the shape the scorer reads
            Assert.True(Math.Abs(engine - linear.Value) <= 1e-6, $"engine {engine}, linear {linear} for '{string.Join(' ', words.Take(20))}'");
            compared++;
        }
        Assert.True(compared > 3 * texts.Count, $"{compared} texts compared");
        Assert.Contains(texts, words => model.Predict(words, []).Topic == TopicModel.Supervision);
        Assert.Contains(texts, words => model.Predict(words, []).Topic == TopicModel.OtherNews);
        Assert.All(texts, words => Assert.Equal(model.PredictWithEngine(words, []).Topic, model.Predict(words, []).Topic));
    }
}
