//! One step of an opened plan: heading, what the step is for, its content, and previous / next.

use crate::components::language::{model_lang, translated};
use crate::components::step_text::{step_purpose, step_title};
use crate::components::{heading_focused_on_mount, step_href, GuidancePanel, Shown};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::{dates, Step};
use crate::pages::actions::ActionsStep;
use crate::pages::assessment::AssessmentStep;
use crate::pages::evaluation::EvaluationStep;
use crate::pages::glossary::TermLink;
use crate::pages::goals::GoalsStep;
use crate::pages::intake::IntakeStep;
use crate::pages::monitoring::MonitoringStep;
use crate::pages::needs::NeedsStep;
use crate::pages::not_found::NotFoundMessage;
use crate::pages::plan_shell::use_step;
use crate::pages::print::PrintStep;
use crate::pages::transition::TransitionStep;
use crate::state::{PlanState, SaveStatus};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn StepPage() -> impl IntoView {
    let step = use_step();
    move || match (step.get(), PlanState::get()) {
        (Some(step), Some(state)) => view! { <StepContent step=step state=state /> }.into_any(),
        _ => view! { <NotFoundMessage /> }.into_any(),
    }
}

#[component]
fn StepContent(
    /// The step to show.
    step: Step,
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    // The frame names its language on its own elements; what is still English inside a step
    // (the agency's texts, a questionnaire's wording) says lang="en" itself.
    let lang = translated();
    let date_lang = model_lang();
    let heading = heading_focused_on_mount();
    let (id, practice) = state.plan.with_untracked(|p| (p.id, p.practice.is_some()));
    let body = match step {
        Step::Intake => view! { <IntakeStep state=state /> }.into_any(),
        Step::Assessment => view! { <AssessmentStep state=state /> }.into_any(),
        Step::Needs => view! { <NeedsStep state=state /> }.into_any(),
        Step::Goals => view! { <GoalsStep state=state /> }.into_any(),
        Step::Actions => view! { <ActionsStep state=state /> }.into_any(),
        Step::Monitoring => view! { <MonitoringStep state=state /> }.into_any(),
        Step::Evaluation => view! { <EvaluationStep state=state /> }.into_any(),
        Step::Transition => view! { <TransitionStep state=state /> }.into_any(),
        Step::Print => view! { <PrintStep state=state /> }.into_any(),
    };
    // A closed plan is kept readable but not editable: a disabled fieldset disables every
    // control inside. Transition (to reopen) and Print (to print and save) stay usable. A plan
    // from a newer version cannot be changed here at all, so only Print stays usable.
    let closed = Memo::new(move |_| state.plan.with(|p| p.transition.closed_on));
    let newer = match state.status.get_untracked() {
        SaveStatus::ReadOnly(version) => Some(version),
        _ => None,
    };
    let locks = match step {
        Step::Print => false,
        Step::Transition => newer.is_some(),
        _ => true,
    };
    let locked = move || locks && (newer.is_some() || closed.get().is_some());
    let closed_note = move || newer.is_none() && locks && closed.get().is_some();
    view! {
        <h1 node_ref=heading tabindex="-1" lang=lang>
            <span class="step-count">
                {t!(i18n, steps.count, n = step.index() + 1, total = Step::ALL.len())}
            </span>
            {move || step_title(i18n, step)}
        </h1>
        <p class="lead" lang=lang>{move || step_purpose(i18n, step)}</p>
        <StepWords step=step />
        <GuidancePanel step=step practice=practice />
        {newer.map(|version| view! {
            <p class="closed-note" role="status" lang=lang>
                {move || t_string!(i18n, steps.newer_note, version = version).to_string()}
            </p>
        })}
        <Shown when=closed_note>
            <p class="closed-note" role="status" lang=lang>
                {move || closed.get().map(|d| {
                    let date = dates::long_in(d, date_lang());
                    t_string!(i18n, steps.closed_note, date = date).to_string()
                })}
                " "<A href=step_href(id, Step::Transition)>{t!(i18n, steps.closed_note_link)}</A>"."
            </p>
        </Shown>
        {if locks {
            view! { <fieldset class="plain" disabled=locked>{body}</fieldset> }.into_any()
        } else {
            body
        }}
        <nav class="prev-next" lang=lang aria-label=move || t_string!(i18n, steps.nav_label)>
            {step.previous().map(|p| view! {
                <A href=step_href(id, p) attr:class="button" attr:rel="prev">
                    {t!(i18n, steps.previous, step = move || step_title(i18n, p))}
                </A>
            })}
            {step.next().map(|n| view! {
                <A href=step_href(id, n) attr:class="button primary" attr:rel="next">
                    {t!(i18n, steps.next, step = move || step_title(i18n, n))}
                </A>
            })}
            <A href=crate::routes::home() attr:class="button">{t!(i18n, steps.back_to_plans)}</A>
        </nav>
    }
}

/// "Words on this step": links to the plain explanation of each less common word the step uses.
#[component]
fn StepWords(
    /// The step shown.
    step: Step,
) -> impl IntoView {
    let i18n = use_i18n();
    let words = crate::model::teaching::guidance(step).terms;
    let last = words.len().saturating_sub(1);
    view! {
        <p class="step-words">
            <span>{t!(i18n, steps.words_on_step)}</span>
            " "
            {words
                .iter()
                .enumerate()
                .map(|(i, slug)| view! { <TermLink slug=slug />{(i < last).then_some(", ")} })
                .collect_view()}
        </p>
    }
}
