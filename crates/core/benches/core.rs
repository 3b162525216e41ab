//! Native benchmarks of the core (`scripts/bench` prints them with the browser figures):
//! read a posting, read a five-page CV, judge one pair, rank 1,000 postings for one CV (from
//! scratch, and again after a CV edit with the postings' requirements kept).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use tenderfit_core::feed::{interpret_feed, rank, rank_interpreted, FeedTender};
use tenderfit_core::{
    bundled_tender, interpret_tender, judge, judge_interpreted, read_cv, read_tender, Date,
    Declarations, BUNDLED_TENDERS,
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
    // Never judged itself, so each clone starts without remembered terms, like a fresh CV.
    let cv_text = dev_cv("cv-04.txt");
    let cv = read_cv(&cv_text).0;
    let d = Declarations::default();
    c.bench_function("judge one pair (cv-04 × 30828)", |b| {
        b.iter_batched(
            || cv.clone(),
            |cv| judge(black_box(&tender), black_box(&cv), &d, today),
            BatchSize::SmallInput,
        )
    });
    let interpreted = interpret_tender(&tender, today);
    c.bench_function("judge one pair, requirements read (keystroke)", |b| {
        b.iter_batched(
            || cv.clone(),
            |cv| judge_interpreted(black_box(&tender), &interpreted, black_box(&cv), &d),
            BatchSize::SmallInput,
        )
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
    let feed_interpreted = interpret_feed(&feed, today);
    let mut group = c.benchmark_group("rank");
    group.sample_size(10);
    group.bench_function("rank 1,000 postings for one CV", |b| {
        b.iter_batched(
            || cv.clone(),
            |cv| rank(black_box(&cv), black_box(&feed), &d, today),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("re-rank 1,000 after a CV edit (read CV + match)", |b| {
        b.iter(|| {
            let cv = read_cv(black_box(&cv_text)).0;
            rank_interpreted(&cv, black_box(&feed), &feed_interpreted, &d, today)
        })
    });
    group.finish();

    // Pathological input: must stay well within a second.
    let five_mb_line =
        "Minimaal 3 jaar ervaring als adviseur bij een gemeente; ".repeat(5 * 1024 * 1024 / 56);
    let mut ten_thousand = String::from("Adviseur\n\nEisen\n");
    for n in 1..=10_000 {
        ten_thousand.push_str(&format!(
            "- Minimaal {} jaar ervaring met project {n}\n",
            n % 9 + 1
        ));
    }
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.bench_function("posting of one 5 MB line: read + judge", |b| {
        b.iter(|| {
            let t = read_tender(black_box(&five_mb_line)).0;
            judge(&t, &cv.clone(), &d, today)
        })
    });
    group.bench_function("CV of one 5 MB line: read + judge", |b| {
        b.iter(|| {
            let c = read_cv(black_box(&five_mb_line)).0;
            judge(&tender, &c, &d, today)
        })
    });
    group.bench_function("posting of 10,000 criteria: read + judge", |b| {
        b.iter(|| {
            let t = read_tender(black_box(&ten_thousand)).0;
            judge(&t, &cv.clone(), &d, today)
        })
    });
    group.finish();
}

criterion_group!(core, benches);
criterion_main!(core);
