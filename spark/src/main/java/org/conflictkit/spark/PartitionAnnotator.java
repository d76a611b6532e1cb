package org.conflictkit.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.uima.jcas.JCas;
import org.conflictkit.pipelines.io.AnnotationTable;
import org.conflictkit.pipelines.io.Failures;
import org.conflictkit.pipelines.io.InputException;
import org.conflictkit.pipelines.io.SourceDocument;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Runs a named pipeline over the documents of a partition with an engine borrowed from the
 * executor's {@link EnginePool}. Each document gives its {@link AnnotationTable} rows; a document
 * that fails gives none and is recorded in {@link RunCounters#errors()}, and never fails the task.
 */
final class PartitionAnnotator
    implements MapPartitionsFunction<Row, Row>
{
    private static final long serialVersionUID = 1L;

    /** The table's columns with the types they keep in Parquet. */
    static final StructType SCHEMA = schema();

    private final String pipeline;
    private final XmiOutput xmi;
    private final RunCounters counters;

    PartitionAnnotator(String pipeline, XmiOutput xmi, RunCounters counters)
    {
        this.pipeline = pipeline;
        this.xmi = xmi;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) throws Exception
    {
        EnginePool.Worker worker = EnginePool.borrow(pipeline);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener(
                    (TaskCompletionListener) done -> EnginePool.giveBack(pipeline, worker));
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(input, 0), false)
                .flatMap(row -> annotate(worker, row).stream()).iterator();
    }

    private List<Row> annotate(EnginePool.Worker worker, Row input)
    {
        SourceDocument document;
        try {
            document = CorpusDocument.of(input);
        }
        catch (InputException e) {
            return fail(null, input.getAs(CorpusDocument.ORIGIN), e.getMessage());
        }
        JCas jcas = worker.jcas();
        jcas.reset();
        try {
            document.loadInto(jcas);
            worker.engine().process(jcas);
            if (xmi != null) {
                xmi.write(jcas, document.id());
            }
            List<Row> rows = new ArrayList<>();
            for (List<Object> values : AnnotationTable.rows(jcas, document.id())) {
                rows.add(RowFactory.create(values.toArray()));
            }
            counters.documents().add(1);
            counters.annotations().add(rows.size());
            counters.tokens().add(jcas.getAnnotationIndex(Token.class).size());
            return rows;
        }
        catch (InputException e) {
            return fail(document.id(), document.origin(), e.getMessage());
        }
        catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return fail(document.id(), document.origin(), Failures.describe(e));
        }
    }

    private List<Row> fail(String documentId, String origin, String message)
    {
        counters.errors().add(new RunCounters.DocumentError(documentId, origin, message));
        return List.of();
    }

    private static StructType schema()
    {
        StructType schema = new StructType();
        for (AnnotationTable.Column column : AnnotationTable.columns()) {
            schema = schema.add(column.name(), sparkType(column.type()));
        }
        return schema;
    }

    private static DataType sparkType(AnnotationTable.ValueType type)
    {
        return switch (type) {
        case INTEGER -> DataTypes.IntegerType;
        case FLOAT -> DataTypes.FloatType;
        case BOOLEAN -> DataTypes.BooleanType;
        case STRING -> DataTypes.StringType;
        };
    }
}
