//! Writes the FHIR Bundles of the test fixtures' plans to a folder, for the independent
//! validator (`make test-fhir`, scripts/validate_fhir.py).
//!
//! Usage: cargo run --example fhir_export -- <folder>

use careplan::fhir::to_bundle;
use careplan::model::CarePlan;
use careplan::storage::backup::read_file;
use std::path::PathBuf;
use std::process::ExitCode;

const FIXTURES: [(&str, &str); 2] = [
    (
        "backup-v1",
        include_str!("../tests/fixtures/backup-v1.json"),
    ),
    (
        "plan-maria",
        include_str!("../tests/fixtures/plan-maria.json"),
    ),
];

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: fhir_export <folder>");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut plans: Vec<(String, CarePlan)> = vec![
        ("empty".into(), CarePlan::new(chrono::Utc::now())),
        ("sample".into(), careplan::fhir::sample::sample_plan()),
        (
            "consents".into(),
            careplan::fhir::sample::sample_plan_with_consents(),
        ),
    ];
    for (name, text) in FIXTURES {
        match read_file(text) {
            Ok(stored) => plans.extend(
                stored
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| (format!("{name}-{}", i + 1), s.plan)),
            ),
            Err(e) => {
                eprintln!("{name}: {}", e.plain());
                return ExitCode::FAILURE;
            }
        }
    }
    for (name, plan) in plans {
        let path = dir.join(format!("{name}.fhir.json"));
        let text = match serde_json::to_string_pretty(&to_bundle(&plan)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{name}: {e}");
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
