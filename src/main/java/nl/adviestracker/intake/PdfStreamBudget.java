package nl.adviestracker.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Counts what the streams of a PDF inflate to from its raw bytes, before PDFBox parses anything.
 *
 * <p>PDFBox decodes an object stream (compressed objects, PDF 1.5) wholly into memory the moment one of its
 * objects is asked for, and it asks for the catalog while the file is loaded: a small PDF whose object
 * stream inflates to gigabytes would exhaust the heap before {@link ReadLimits#checkPdf} could count it.
 * Every stream of a PDF, object streams included, stands in the file itself between {@code stream} and
 * {@code endstream}, so this scan sees them all. Each is decoded as a stream into a counter that stops at the
 * budget, so a bomb costs the time to inflate the budget, never its memory. Image codecs (DCT, JPX, JBIG2,
 * CCITT) are not decoded: images are bounded by their pixel count instead.
 */
final class PdfStreamBudget {

    private static final Pattern STREAM_KEYWORD = Pattern.compile("(?<![A-Za-z])stream(?:\\r\\n|\\n|\\r)");
    private static final Pattern FILTER = Pattern.compile("/Filter\\s*(\\[[^\\]]*\\]|/[A-Za-z0-9]+)");
    private static final Pattern NAME = Pattern.compile("/([A-Za-z0-9]+)");
    private static final int DICTIONARY_LOOK_BACK = 4096;
    private static final Map<String, COSName> DECODED_HERE = Map.of(
            "FlateDecode", COSName.FLATE_DECODE,
            "Fl", COSName.FLATE_DECODE,
            "LZWDecode", COSName.LZW_DECODE,
            "LZW", COSName.LZW_DECODE,
            "ASCIIHexDecode", COSName.ASCII_HEX_DECODE,
            "AHx", COSName.ASCII_HEX_DECODE,
            "ASCII85Decode", COSName.ASCII85_DECODE,
            "A85", COSName.ASCII85_DECODE,
            "RunLengthDecode", COSName.RUN_LENGTH_DECODE,
            "RL", COSName.RUN_LENGTH_DECODE);

    private PdfStreamBudget() {}

    /**
     * Refuses the PDF when its streams together decode to more than {@code limit} bytes; the deadline is
     * checked before each stream.
     */
    static void check(byte[] pdf, long limit, Deadline deadline) {
        // ISO-8859-1 maps every byte to one char, so offsets in the string are offsets in the file
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Counter counter = new Counter(limit);
        Matcher keyword = STREAM_KEYWORD.matcher(text);
        while (keyword.find()) {
            deadline.check();
            int start = keyword.end();
            List<COSName> filters = filters(text, keyword.start());
            if (filters.isEmpty()) {
                continue;
            }
            int end = text.indexOf("endstream", start);
            byte[] raw = Arrays.copyOfRange(pdf, start, end < 0 ? pdf.length : end);
            try {
                decode(raw, filters, counter);
            } catch (IOException | DataFormatException | RuntimeException e) {
                if (counter.exceeded) {
                    throw IntakeProblems.inflatesTooLarge("De PDF", limit);
                }
                // not decodable here (encrypted, damaged): PDFBox decides when it reads the file
            }
        }
    }

    /** The filters in the dictionary just before a {@code stream} keyword that this scan decodes, in order. */
    private static List<COSName> filters(String text, int streamKeyword) {
        int from = Math.max(0, streamKeyword - DICTIONARY_LOOK_BACK);
        String before = text.substring(from, streamKeyword);
        int dictionary = before.lastIndexOf("obj");
        Matcher filter = FILTER.matcher(dictionary < 0 ? before : before.substring(dictionary));
        List<COSName> out = new ArrayList<>();
        if (!filter.find()) {
            return out;
        }
        Matcher name = NAME.matcher(filter.group(1));
        while (name.find()) {
            COSName decoded = DECODED_HERE.get(name.group(1));
            if (decoded == null) {
                break; // an image codec: the rest of the chain is not decoded here
            }
            out.add(decoded);
        }
        return out;
    }

    private static void decode(byte[] raw, List<COSName> filters, Counter counter)
            throws IOException, DataFormatException {
        byte[] input = raw;
        for (int i = 0; i < filters.size(); i++) {
            boolean last = i == filters.size() - 1;
            // the last stage only counts; earlier stages are kept, and are bounded by the same budget
            OutputStream out = last ? counter : new BoundedBuffer(counter);
            if (COSName.FLATE_DECODE.equals(filters.get(i))) {
                inflate(input, out);
            } else {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                filter.decode(new ByteArrayInputStream(input), out, new COSDictionary(), 0);
            }
            if (!last) {
                input = ((BoundedBuffer) out).toByteArray();
            }
        }
    }

    /** Inflates zlib data as far as it goes; PDF writers often leave the stream's end out. */
    private static void inflate(byte[] input, OutputStream out) throws IOException, DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } finally {
            inflater.end();
        }
    }

    /** Counts every decoded byte of the document; past the budget it stops the decoding. */
    private static final class Counter extends OutputStream {
        private final long limit;
        private long total;
        private boolean exceeded;

        Counter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
        }

        void add(long n) throws IOException {
            total += n;
            if (total > limit) {
                exceeded = true;
                throw new IOException("over the budget of " + limit + " bytes");
            }
        }
    }

    /** An intermediate stage of a filter chain, counted against the same budget as it grows. */
    private static final class BoundedBuffer extends ByteArrayOutputStream {
        private final Counter counter;

        BoundedBuffer(Counter counter) {
            this.counter = counter;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            try {
                counter.add(len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            super.write(b, off, len);
        }
    }
}
