package org.memberportal.persistence.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Instants are stored as UTC timestamps, whatever the time zone of the JVM or the database: for
 * the entities, and for every statement that binds or reads a timestamp itself.
 */
@Converter(autoApply = true)
public class InstantAsUtcTimestamp implements AttributeConverter<Instant, LocalDateTime> {

    public static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    /** The instant in a column read with plain JDBC. */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        return instant(row.getObject(column, LocalDateTime.class));
    }

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return column(instant);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime stored) {
        return instant(stored);
    }
}
