package org.conflictkit.spark;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.pipelines.Pipelines;

/**
 * The engines of an executor JVM, per pipeline name. Engines are not serialisable, so each
 * executor builds its own; a task borrows one for its partition and gives it back when it ends,
 * so a JVM holds as many engines as it ran tasks at once (one per executor thread) and reuses
 * them across tasks and stages. The engines share their lexicons within the JVM.
 */
final class EnginePool
{
    /** An engine with the CAS it fills, reset before each document. */
    record Worker(AnalysisEngine engine, JCas jcas)
    {
    }

    private static final ConcurrentMap<String, Queue<Worker>> IDLE = new ConcurrentHashMap<>();

    private EnginePool()
    {
    }

    static Worker borrow(String pipeline) throws ResourceInitializationException
    {
        Worker idle = idle(pipeline).poll();
        if (idle != null) {
            return idle;
        }
        AnalysisEngine engine = createEngine(Pipelines.create(pipeline));
        try {
            return new Worker(engine, engine.newJCas());
        }
        catch (ResourceInitializationException e) {
            engine.destroy();
            throw e;
        }
    }

    static void giveBack(String pipeline, Worker worker)
    {
        idle(pipeline).add(worker);
    }

    private static Queue<Worker> idle(String pipeline)
    {
        return IDLE.computeIfAbsent(pipeline, name -> new ConcurrentLinkedQueue<>());
    }
}
