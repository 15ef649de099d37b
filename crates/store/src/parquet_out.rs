//! Apache Parquet output for `export`, written with the `parquet` crate's low-level column writers (no Arrow:
//! the export rows are flat, and the crate without default features stays small).
//!
//! Rows arrive as the same serialisable structs the CSV and JSON Lines exports write; each is read back
//! column by column through `serde_json::Value`, buffered, and written as a row group every
//! [`ROW_GROUP`] rows, so memory stays bounded whatever the export's size.

use std::io::Write;
use std::sync::Arc;

use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use serde::Serialize;
use serde_json::Value;

use crate::model::StoreError;

const ROW_GROUP: usize = 16_384;

/// The physical type of a column; every column is optional (a missing value is a null).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Str,
    Int,
    Float,
    Bool,
}

/// One buffered column: its non-null values and a definition level per row.
#[derive(Debug)]
enum Values {
    Str(Vec<ByteArray>),
    Int(Vec<i64>),
    Float(Vec<f64>),
    Bool(Vec<bool>),
}

pub(crate) struct ParquetSink<'w> {
    writer: SerializedFileWriter<&'w mut (dyn Write + Send)>,
    columns: &'static [(&'static str, Kind)],
    values: Vec<Values>,
    defs: Vec<Vec<i16>>,
    rows: usize,
}

impl std::fmt::Debug for ParquetSink<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParquetSink")
            .field("rows", &self.rows)
            .finish()
    }
}

fn err(e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Invalid(format!("writing Parquet: {e}"))
}

impl<'w> ParquetSink<'w> {
    pub(crate) fn new(
        out: &'w mut (dyn Write + Send),
        columns: &'static [(&'static str, Kind)],
    ) -> Result<ParquetSink<'w>, StoreError> {
        let mut schema = String::from("message blocwatch_export {\n");
        for (name, kind) in columns {
            let ty = match kind {
                Kind::Str => "binary",
                Kind::Int => "int64",
                Kind::Float => "double",
                Kind::Bool => "boolean",
            };
            let annotation = if *kind == Kind::Str { " (UTF8)" } else { "" };
            schema.push_str(&format!("  optional {ty} {name}{annotation};\n"));
        }
        schema.push('}');
        let schema = Arc::new(parse_message_type(&schema).map_err(err)?);
        let props = Arc::new(WriterProperties::builder().build());
        let writer = SerializedFileWriter::new(out, schema, props).map_err(err)?;
        let mut sink = ParquetSink {
            writer,
            columns,
            values: Vec::new(),
            defs: Vec::new(),
            rows: 0,
        };
        sink.reset();
        Ok(sink)
    }

    fn reset(&mut self) {
        self.values = self
            .columns
            .iter()
            .map(|(_, k)| match k {
                Kind::Str => Values::Str(Vec::new()),
                Kind::Int => Values::Int(Vec::new()),
                Kind::Float => Values::Float(Vec::new()),
                Kind::Bool => Values::Bool(Vec::new()),
            })
            .collect();
        self.defs = vec![Vec::new(); self.columns.len()];
        self.rows = 0;
    }

    pub(crate) fn put<T: Serialize>(&mut self, row: &T) -> Result<(), StoreError> {
        let value = serde_json::to_value(row)
            .map_err(|e| StoreError::Invalid(format!("writing Parquet: {e}")))?;
        for (i, (name, _)) in self.columns.iter().enumerate() {
            let cell = value.get(name).unwrap_or(&Value::Null);
            let present = match (&mut self.values[i], cell) {
                (_, Value::Null) => false,
                (Values::Str(v), Value::String(s)) => {
                    v.push(ByteArray::from(s.as_str()));
                    true
                }
                (Values::Str(v), other) => {
                    v.push(ByteArray::from(other.to_string().as_str()));
                    true
                }
                (Values::Int(v), Value::Number(n)) => match n.as_i64() {
                    Some(x) => {
                        v.push(x);
                        true
                    }
                    None => false,
                },
                (Values::Float(v), Value::Number(n)) => match n.as_f64() {
                    Some(x) => {
                        v.push(x);
                        true
                    }
                    None => false,
                },
                (Values::Bool(v), Value::Bool(b)) => {
                    v.push(*b);
                    true
                }
                _ => false,
            };
            self.defs[i].push(i16::from(present));
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP {
            self.flush_group()?;
        }
        Ok(())
    }

    fn flush_group(&mut self) -> Result<(), StoreError> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut group = self.writer.next_row_group().map_err(err)?;
        let mut i = 0;
        while let Some(mut col) = group.next_column().map_err(err)? {
            let defs = Some(self.defs[i].as_slice());
            match &self.values[i] {
                Values::Str(v) => col
                    .typed::<ByteArrayType>()
                    .write_batch(v, defs, None)
                    .map_err(err)?,
                Values::Int(v) => col
                    .typed::<Int64Type>()
                    .write_batch(v, defs, None)
                    .map_err(err)?,
                Values::Float(v) => col
                    .typed::<DoubleType>()
                    .write_batch(v, defs, None)
                    .map_err(err)?,
                Values::Bool(v) => col
                    .typed::<BoolType>()
                    .write_batch(v, defs, None)
                    .map_err(err)?,
            };
            col.close().map_err(err)?;
            i += 1;
        }
        group.close().map_err(err)?;
        self.reset();
        Ok(())
    }

    pub(crate) fn finish(mut self) -> Result<(), StoreError> {
        self.flush_group()?;
        self.writer.close().map_err(err)?;
        Ok(())
    }
}
