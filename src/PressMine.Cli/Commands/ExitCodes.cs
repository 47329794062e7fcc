namespace PressMine.Cli.Commands;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int Failed = 2;
}
