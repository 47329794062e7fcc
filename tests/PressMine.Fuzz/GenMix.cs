using CsCheck;

namespace PressMine.Fuzz;

/// <summary>Weighted and plain choice among generators, with the type inference CsCheck's IGen overloads lack.</summary>
public static class GenMix
{
    public static Gen<T> Frequency<T>(params (int Weight, Gen<T> Gen)[] options) =>
        Gen.Frequency(options.Select(o => (o.Weight, (IGen<T>)o.Gen)).ToArray());

    public static Gen<T> OneOf<T>(params Gen<T>[] options) => Gen.OneOf(options.Cast<IGen<T>>().ToArray());
}
