//! Teaching mode, the plain-Rust part: three practice cases with model plans, a "Why this step
//! matters" text for each step of the process, and feedback that compares a trainee's practice
//! plan with a case's key points. No browser APIs, so it is tested natively like the rest of the
//! model; the pages that show it are built on top.

pub mod cases;
pub mod feedback;
pub mod guidance;

pub use cases::{Case, KeyPoint, Screening, Text};
pub use feedback::{check_plan, check_plan_in, Check, Feedback, Item, Verdict};
pub use guidance::{guidance, Guidance, Mistake};
