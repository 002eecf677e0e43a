package org.parley.spark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.measures.Behaviour;
import org.parley.measures.BehaviourAnalysis;
import org.parley.measures.ModelAccuracy;
import org.parley.measures.ModelTrack;
import org.parley.measures.MoveKind;
import org.parley.measures.SessionMeasures;
import org.parley.protocol.GeniusCsv;
import org.parley.tournament.SessionRecord;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A {@link SessionRecord} as a Spark row with an explicit schema (the Parquet results): the same fields as a line of
 * {@code results.jsonl}, {@code agreement} as {@code map<string,string>} (issue → value; not a struct of every issue of
 * every scenario), utilities as {@code array<double>} in seat order, GENIUS's columns as a struct. A number that the
 * JSON lines write as {@code null} (NaN: no Nash point, a failed analysis) is a SQL {@code NULL}, so that aggregates
 * skip it. {@code measures} (null for a session without them) holds the same keys as the JSON lines' object:
 * {@code parties} (behaviour and {@code opponentModels} per seat, opponents 1-based) and {@code session}; a model's
 * last accuracy keeps its time too, so a row reads back to exactly the record written.
 */
final class RecordRows {

    private static final StructType GENIUS = new StructType(new StructField[] {
        field("distPareto", DataTypes.DoubleType, true),
        field("distNash", DataTypes.DoubleType, true),
        field("welfare", DataTypes.DoubleType, true),
        field("discounted", DataTypes.BooleanType, false)});

    private static final StructType ACCURACY = new StructType(new StructField[] {
        field("time", DataTypes.DoubleType, true),
        field("pearson", DataTypes.DoubleType, true),
        field("kendall", DataTypes.DoubleType, true),
        field("mae", DataTypes.DoubleType, true)});

    private static final StructType MODEL = new StructType(new StructField[] {
        field("opponent", DataTypes.IntegerType, false),
        field("last", ACCURACY, false),
        field("curve", DataTypes.createArrayType(ACCURACY, false), false)});

    private static final StructField[] BEHAVIOUR = {
        field("offers", DataTypes.IntegerType, false),
        field("moves", DataTypes.IntegerType, false),
        field("moveShares", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), true),
        field("concessionRate", DataTypes.DoubleType, true),
        field("averageConcession", DataTypes.DoubleType, true),
        field("offerDistance", DataTypes.DoubleType, true)};

    private static final StructType PARTY = new StructType(concat(BEHAVIOUR,
            field("opponentModels", DataTypes.createArrayType(MODEL, false), false)));

    private static final StructType MEASURES = new StructType(new StructField[] {
        field("parties", DataTypes.createArrayType(PARTY, false), false),
        field("session", new StructType(BEHAVIOUR), false)});

    /** The schema of the Parquet results. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        field("id", DataTypes.IntegerType, false),
        field("scenario", DataTypes.StringType, false),
        field("repetition", DataTypes.IntegerType, false),
        field("seed", DataTypes.LongType, false),
        field("agents", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("profiles", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("deadline", DataTypes.StringType, false),
        field("endedBy", DataTypes.StringType, false),
        field("agreement", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), true),
        field("round", DataTypes.IntegerType, false),
        field("time", DataTypes.DoubleType, true),
        field("actions", DataTypes.IntegerType, false),
        field("utilities", DataTypes.createArrayType(DataTypes.DoubleType, false), false),
        field("discountedUtilities", DataTypes.createArrayType(DataTypes.DoubleType, false), false),
        field("welfare", DataTypes.DoubleType, true),
        field("distPareto", DataTypes.DoubleType, true),
        field("distNash", DataTypes.DoubleType, true),
        field("genius", GENIUS, false),
        field("error", DataTypes.StringType, true),
        field("errorAgent", DataTypes.StringType, true),
        field("runSeconds", DataTypes.DoubleType, true),
        field("measures", MEASURES, true)});

    private static final int ID = SCHEMA.fieldIndex("id");

    private RecordRows() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static StructField[] concat(StructField[] fields, StructField last) {
        StructField[] out = java.util.Arrays.copyOf(fields, fields.length + 1);
        out[fields.length] = last;
        return out;
    }

    /** The row of {@code r}, in {@link #SCHEMA}'s order. */
    static Row toRow(SessionRecord r) {
        GeniusCsv.Analysis g = r.genius();
        Row genius = RowFactory.create(number(g.distPareto()), number(g.distNash()), number(g.welfare()),
                g.discounted());
        return RowFactory.create(r.id(), r.scenario(), r.repetition(), r.seed(), seq(r.agents()), seq(r.profiles()),
                r.deadline(), r.endedBy(), r.agreement() == null ? null
                : CollectionConverters.asScala(new LinkedHashMap<>(r.agreement())), r.round(), number(r.time()),
                r.actions(), seq(list(r.utilities())), seq(list(r.discountedUtilities())), number(r.welfare()),
                number(r.distPareto()), number(r.distNash()), genius, r.error(), r.errorAgent(),
                number(r.runSeconds()), measures(r.measures()));
    }

    private static Row measures(SessionMeasures m) {
        if (m == null) {
            return null;
        }
        List<Row> parties = new ArrayList<>();
        List<Behaviour> behaviours = m.behaviour().parties();
        for (int p = 0; p < behaviours.size(); p++) {
            List<Row> models = new ArrayList<>();
            for (ModelTrack t : m.modelsOf(p)) {
                List<Row> curve = new ArrayList<>();
                for (ModelAccuracy a : t.curve()) {
                    curve.add(accuracy(a));
                }
                models.add(RowFactory.create(t.opponent() + 1, accuracy(t.last()), seq(curve)));
            }
            Object[] values = behaviour(behaviours.get(p), 1);
            values[values.length - 1] = seq(models);
            parties.add(RowFactory.create(values));
        }
        return RowFactory.create(seq(parties), RowFactory.create(behaviour(m.behaviour().session(), 0)));
    }

    /** A behaviour's values in {@link #BEHAVIOUR}'s order, with {@code extra} empty places after them. */
    private static Object[] behaviour(Behaviour b, int extra) {
        Object[] values = new Object[BEHAVIOUR.length + extra];
        values[0] = b.offers();
        values[1] = b.moves();
        if (!b.shares().isEmpty()) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (MoveKind k : MoveKind.values()) {
                shares.put(k.key(), b.share(k));
            }
            values[2] = CollectionConverters.asScala(shares);
        }
        values[3] = number(b.concessionRate());
        values[4] = number(b.averageConcession());
        values[5] = number(b.offerDistance());
        return values;
    }

    private static Row accuracy(ModelAccuracy a) {
        return RowFactory.create(number(a.time()), number(a.pearson()), number(a.kendall()), number(a.mae()));
    }

    private static SessionMeasures measures(Row m) {
        List<Behaviour> parties = new ArrayList<>();
        List<ModelTrack> tracks = new ArrayList<>();
        List<Row> rows = m.getList(0);
        for (int p = 0; p < rows.size(); p++) {
            Row party = rows.get(p);
            parties.add(behaviour(party));
            List<Row> models = party.getList(BEHAVIOUR.length);
            for (Row t : models) {
                List<ModelAccuracy> curve = new ArrayList<>();
                for (Row a : t.<Row>getList(2)) {
                    curve.add(accuracy(a));
                }
                tracks.add(new ModelTrack(p, t.getInt(0) - 1, accuracy(t.getStruct(1)), curve));
            }
        }
        return new SessionMeasures(new BehaviourAnalysis.Result(parties, behaviour(m.getStruct(1))), tracks);
    }

    private static Behaviour behaviour(Row b) {
        Map<MoveKind, Double> shares = new EnumMap<>(MoveKind.class);
        if (!b.isNullAt(2)) {
            Map<String, Double> raw = b.getJavaMap(2);
            for (MoveKind k : MoveKind.values()) {
                Double v = raw.get(k.key());
                if (v != null) {
                    shares.put(k, v);
                }
            }
        }
        return new Behaviour(b.getInt(0), b.getInt(1), shares, number(b, 3), number(b, 4), number(b, 5));
    }

    private static ModelAccuracy accuracy(Row a) {
        return new ModelAccuracy(number(a, 0), number(a, 1), number(a, 2), number(a, 3));
    }

    /** The session id of a row of {@link #SCHEMA}. */
    static int id(Row row) {
        return row.getInt(ID);
    }

    /**
     * The record of a row of {@link #SCHEMA}; the agreement's issues are put in {@code issues}' order (Spark hands a
     * map back in no particular order), any others after them.
     */
    static SessionRecord fromRow(Row row, List<String> issues) {
        Map<String, String> agreement = null;
        if (!row.isNullAt(8)) {
            Map<String, String> raw = row.getJavaMap(8);
            agreement = new LinkedHashMap<>();
            for (String issue : issues) {
                if (raw.containsKey(issue)) {
                    agreement.put(issue, raw.get(issue));
                }
            }
            for (Map.Entry<String, String> e : raw.entrySet()) {
                agreement.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        Row g = row.getStruct(17);
        GeniusCsv.Analysis genius = new GeniusCsv.Analysis(number(g, 0), number(g, 1), number(g, 2), g.getBoolean(3));
        return new SessionRecord(row.getInt(0), row.getString(1), row.getInt(2), row.getLong(3), row.getList(4),
                row.getList(5), row.getString(6), row.getString(7), agreement, row.getInt(9), number(row, 10),
                row.getInt(11), doubles(row.getList(12)), doubles(row.getList(13)), number(row, 14), number(row, 15),
                number(row, 16), genius, row.isNullAt(18) ? null : row.getString(18),
                row.isNullAt(19) ? null : row.getString(19), number(row, 20),
                row.isNullAt(21) ? null : measures(row.getStruct(21)));
    }

    /** Spark's row encoder takes Scala sequences (and maps) for arrays, not Java lists. */
    private static <T> scala.collection.immutable.Seq<T> seq(List<T> xs) {
        return CollectionConverters.asScala(xs).toSeq();
    }

    private static Double number(double x) {
        return Double.isNaN(x) ? null : x;
    }

    private static double number(Row row, int i) {
        return row.isNullAt(i) ? Double.NaN : row.getDouble(i);
    }

    private static List<Double> list(double[] xs) {
        List<Double> out = new ArrayList<>(xs.length);
        for (double x : xs) {
            out.add(x);
        }
        return out;
    }

    private static double[] doubles(List<Double> xs) {
        double[] out = new double[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xs.get(i);
        }
        return out;
    }
}
