//! Import benchmarks (`scripts/bench` prints them): real files, and pathological ones that
//! must stay well within a second.

use std::hint::black_box;
use std::io::Write;

use criterion::{criterion_group, criterion_main, Criterion};
use tenderfit_import::import;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

fn docx(xml: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options)
        .expect("zip entry");
    zip.write_all(xml.as_bytes()).expect("zip write");
    zip.finish().expect("zip").into_inner()
}

fn benches(c: &mut Criterion) {
    let pdf = fixture("cv-04.pdf");
    let word = fixture("cv-04.docx");
    c.bench_function("import cv-04.pdf (2 pages)", |b| {
        b.iter(|| import(black_box(&pdf)))
    });
    c.bench_function("import cv-04.docx", |b| b.iter(|| import(black_box(&word))));
    // The field cases: LibreOffice with ligatures and hyphenation, and an OCRmyPDF scan
    // (lopdf parses its 65,536-code ToUnicode map: most of the time).
    for name in [
        "field-cases/c04_ligatures_hyphenation_libreoffice.pdf",
        "corpus/k04_chromium.pdf",
        "field-cases/c07b_scan_ocrmypdf_textlayer.pdf",
    ] {
        let file = fixture(name);
        c.bench_function(&format!("import {name}"), |b| {
            b.iter(|| import(black_box(&file)))
        });
    }

    let depth = 50_000;
    let nested = docx(&format!(
        "<w:document><w:body>{}<w:p><w:r><w:t>Secretaris</w:t></w:r></w:p>{}</w:body></w:document>",
        "<w:tbl><w:tr><w:tc>".repeat(depth),
        "</w:tc></w:tr></w:tbl>".repeat(depth)
    ));
    let bomb = docx(&format!(
        "<w:document><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        "a".repeat(60 * 1024 * 1024)
    ));
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.bench_function("DOCX of 50,000 nested tables", |b| {
        b.iter(|| import(black_box(&nested)))
    });
    group.bench_function(
        "DOCX zip bomb (60 MB of text, read to the 20 MB cap)",
        |b| b.iter(|| import(black_box(&bomb))),
    );
    group.finish();
}

criterion_group!(import_benches, benches);
criterion_main!(import_benches);
