//! Native benchmarks of the core (`scripts/bench` prints them with the browser figures):
//! read a posting, read a five-page CV, judge one pair, rank 1,000 postings for one CV.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use tenderfit_core::feed::{rank, FeedTender};
use tenderfit_core::{
    bundled_tender, judge, read_cv, read_tender, Date, Declarations, BUNDLED_TENDERS,
};

fn dev_cv(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/eval/dev/cvs/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("dev CV")
}

fn benches(c: &mut Criterion) {
    let today = Date::new(2026, 11, 1).expect("date");
    let posting = bundled_tender("30828").expect("bundled").text;
    // About five pages: three dev CVs one after another (≈ 250 lines).
    let long_cv = [
        dev_cv("cv-03.txt"),
        dev_cv("cv-04.txt"),
        dev_cv("cv-08.txt"),
    ]
    .join("\n\n");
    c.bench_function("read_tender (30828, 16 KB)", |b| {
        b.iter(|| read_tender(black_box(posting)))
    });
    c.bench_function("read_cv (five pages)", |b| {
        b.iter(|| read_cv(black_box(&long_cv)))
    });

    let tender = read_tender(posting).0;
    let cv = read_cv(&dev_cv("cv-04.txt")).0;
    let d = Declarations::default();
    c.bench_function("judge one pair (cv-04 × 30828)", |b| {
        b.iter(|| judge(black_box(&tender), black_box(&cv), &d, today))
    });

    let feed: Vec<FeedTender> = (0..1_000)
        .map(|i| {
            let b = &BUNDLED_TENDERS[i % BUNDLED_TENDERS.len()];
            FeedTender {
                id: i.to_string(),
                url: None,
                tender: read_tender(b.text).0,
            }
        })
        .collect();
    let mut group = c.benchmark_group("rank");
    group.sample_size(10);
    group.bench_function("rank 1,000 postings for one CV", |b| {
        b.iter(|| rank(black_box(&cv), black_box(&feed), &d, today))
    });
    group.finish();
}

criterion_group!(core, benches);
criterion_main!(core);
