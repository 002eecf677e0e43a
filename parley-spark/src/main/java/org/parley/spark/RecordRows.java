package org.parley.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.protocol.GeniusCsv;
import scala.jdk.javaapi.CollectionConverters;
import org.parley.tournament.SessionRecord;

/**
 * A {@link SessionRecord} as a Spark row with an explicit schema (the Parquet results): the same fields as a line of
 * {@code results.jsonl}, {@code agreement} as {@code map<string,string>} (issue → value; not a struct of every issue of
 * every scenario), utilities as {@code array<double>} in seat order, GENIUS's columns as a struct. A number that the
 * JSON lines write as {@code null} (NaN: no Nash point, a failed analysis) is a SQL {@code NULL}, so that aggregates
 * skip it.
 */
final class RecordRows {

    private static final StructType GENIUS = new StructType(new StructField[] {
        field("distPareto", DataTypes.DoubleType, true),
        field("distNash", DataTypes.DoubleType, true),
        field("welfare", DataTypes.DoubleType, true),
        field("discounted", DataTypes.BooleanType, false)});

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
        field("runSeconds", DataTypes.DoubleType, true)});

    private static final int ID = SCHEMA.fieldIndex("id");

    private RecordRows() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
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
                number(r.runSeconds()));
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
                row.isNullAt(19) ? null : row.getString(19), number(row, 20));
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
