using System.Buffers.Binary;
using System.IO.Compression;

namespace PressMine.Tests.Report;

/// <summary>
/// The pixels of a PNG as Chromium writes screenshots (8-bit RGB or RGBA, not interlaced), enough for a test to
/// look at an area of a page: chunks, the zlib stream of IDAT, and the five per-row filters undone.
/// </summary>
public sealed class PngPixels
{
    public int Width { get; }
    public int Height { get; }
    readonly byte[] rgb; // 3 bytes per pixel

    PngPixels(int width, int height, byte[] rgb) => (Width, Height, this.rgb) = (width, height, rgb);

    public (byte R, byte G, byte B) this[int x, int y] { get { int i = (y * Width + x) * 3; return (rgb[i], rgb[i + 1], rgb[i + 2]); } }

    public static PngPixels Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') throw new InvalidDataException("not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at + 8 <= bytes.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException("only 8-bit, non-interlaced PNGs");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException($"colour type {data[9]}") };
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        return new PngPixels(width, height, Unfilter(inflated.ToArray(), width, height, channels));
    }

    static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        int stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            int row = y * (stride + 1);
            byte filter = raw[row];
            for (int i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0, 1 => left, 2 => up, 3 => (left + up) / 2, 4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"filter {filter}"),
                };
                current[i] = (byte)(raw[row + 1 + i] + predictor);
            }
            for (int x = 0; x < width; x++)
                for (int c = 0; c < 3; c++) rgb[(y * width + x) * 3 + c] = current[x * channels + c];
            (previous, current) = (current, previous);
        }
        return rgb;
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
