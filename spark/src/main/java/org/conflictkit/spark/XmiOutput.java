package org.conflictkit.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.TypeSystemUtil;
import org.conflictkit.pipelines.io.OutputNames;
import org.conflictkit.pipelines.io.XmiCasWriter;

/**
 * Writes {@code <id>.xmi} per document into a folder on any Hadoop file system, from inside the
 * partitions, plus {@code TypeSystem.xml} once from the driver. A task that runs again (a retry, a
 * speculative copy) writes the same file again.
 */
final class XmiOutput
    implements Serializable
{
    private static final long serialVersionUID = 1L;

    private final String folder;
    private final SerializableConfiguration hadoopConf;

    XmiOutput(String folder, Configuration hadoopConf)
    {
        this.folder = folder;
        this.hadoopConf = new SerializableConfiguration(hadoopConf);
    }

    void writeTypeSystem(TypeSystem typeSystem) throws IOException
    {
        write(XmiCasWriter.TYPE_SYSTEM_FILE, out -> TypeSystemUtil
                .typeSystem2TypeSystemDescription(typeSystem).toXML(out));
    }

    void write(JCas jcas, String documentId) throws IOException
    {
        write(OutputNames.safe(documentId) + ".xmi", out -> XmiCasSerializer.serialize(jcas.getCas(), out));
    }

    @FunctionalInterface
    private interface Content
    {
        void writeTo(OutputStream out) throws Exception;
    }

    private void write(String fileName, Content content) throws IOException
    {
        Path target = new Path(folder, fileName);
        FileSystem fs = target.getFileSystem(hadoopConf.value());
        if (fs instanceof LocalFileSystem local) {
            fs = local.getRawFileSystem(); // no .crc file beside each XMI
        }
        try (OutputStream out = fs.create(target, true)) {
            content.writeTo(out);
        }
        catch (Exception e) {
            fs.delete(target, false);
            throw e instanceof IOException io ? io
                    : new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
