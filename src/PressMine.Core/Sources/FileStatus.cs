using System.Runtime.InteropServices;

namespace PressMine.Sources;

/// <summary>What a path is on disk (following symbolic links): its type and its (device, inode) identity.</summary>
internal readonly record struct FileStatus(FileStatus.Kind Type, ulong Device, ulong Inode)
{
    /// <summary>What a path is; a symbolic link is reported as what it points to, Missing when that does not exist.</summary>
    public enum Kind { Missing, Regular, Directory, NamedPipe, CharacterDevice, BlockDevice, Socket, Other }

    /// <summary>True for a regular file, the only kind that is opened.</summary>
    public bool IsRegular => Type == Kind.Regular;

    /// <summary>The type in words, for a rejected row's reason.</summary>
    public string Describe() => Type switch
    {
        Kind.NamedPipe => "named pipe (FIFO)",
        Kind.CharacterDevice => "character device",
        Kind.BlockDevice => "block device",
        Kind.Socket => "socket",
        Kind.Missing => "missing or a broken link",
        _ => Type.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// statx(2) on Linux, whose record layout is the same on every architecture; elsewhere the .NET view (which cannot
    /// tell a FIFO from a file, so everything that is not a directory counts as regular there).
    /// </summary>
    public static FileStatus Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return Portable(path);
        var buffer = new byte[256];
        if (Native.statx(AtFdCwd, path, 0, StatxBasicStats, buffer) != 0) return new FileStatus(Kind.Missing, 0, 0);
        int mode = BitConverter.ToUInt16(buffer, 28);
        ulong inode = BitConverter.ToUInt64(buffer, 32);
        ulong device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        var type = (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Directory,
            0x1000 => Kind.NamedPipe,
            0x2000 => Kind.CharacterDevice,
            0x6000 => Kind.BlockDevice,
            0xC000 => Kind.Socket,
            _ => Kind.Other,
        };
        return new FileStatus(type, device, inode);
    }

    static FileStatus Portable(string path)
    {
        if (Directory.Exists(path)) return new FileStatus(Kind.Directory, 0, (ulong)StringComparer.Ordinal.GetHashCode(Path.GetFullPath(path)));
        return File.Exists(path) ? new FileStatus(Kind.Regular, 0, (ulong)StringComparer.Ordinal.GetHashCode(Path.GetFullPath(path))) : new FileStatus(Kind.Missing, 0, 0);
    }

    const int AtFdCwd = -100;
    const uint StatxBasicStats = 0x7FF;

    static class Native
    {
        [DllImport("libc", SetLastError = true)]
        internal static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
