//! Starting points by part of life. Nothing is added until the person chooses "Use this goal".

use crate::components::language::{model_lang, translated, untranslated};
use crate::components::SelectField;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::domains::Domain;
use crate::model::goals::library::{for_domain, library};
use crate::model::GoalId;
use crate::state::{today, AgencyConfig, PlanState};
use leptos::prelude::*;

#[component]
pub fn GoalLibrary(
    /// The open plan.
    state: PlanState,
    /// Called with the id of a goal added from the library.
    on_added: Callback<GoalId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let english = untranslated();
    let translated_lang = translated();
    let lang = model_lang();
    // The app's templates and the agency's, rebuilt when the agency's file arrives.
    let agency = AgencyConfig::get();
    let all = Memo::new(move |_| agency.with(|c| library(&c.goal_templates)));
    let domains = Memo::new(move |_| {
        all.with(|all| {
            Domain::ALL
                .into_iter()
                .filter(|d| for_domain(all, *d).next().is_some())
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(Domain::PhysicalHealth);
    let person = Memo::new(move |_| state.plan.with(|p| p.person_name().to_string()));
    let use_template = move |index: usize| {
        let Some(template) = all.with_untracked(|all| all.get(index).cloned()) else {
            return;
        };
        let mut id = None;
        state.edit(|p| id = Some(p.add_goal(template.to_goal(today()))));
        if let Some(id) = id {
            on_added.run(id);
        }
    };
    view! {
        <section class="card" aria-labelledby="library-heading">
            <h2 id="library-heading">{t!(i18n, goals.library.heading)}</h2>
            <p class="hint">{t!(i18n, goals.library.hint)}</p>
            // Drawn again if the agency's templates add a part of life.
            {move || view! {
                <SelectField
                    id="library-domain"
                    label=move || t_string!(i18n, goals.library.domain)
                    options=domains.get().into_iter().map(|d| (d.code(), Signal::derive(move || d.label_in(lang())))).collect()
                    value=Signal::derive(move || chosen.get().code())
                    on_change=move |v| {
                        if let Some(d) = Domain::from_code(&v) {
                            chosen.set(d)
                        }
                    }
                />
            }}
            // The starting points are English text (the app's and the agency's); said so
            // while another language is chosen, and their words go into the goal as they are.
            <Show when=move || english().is_some()>
                <p class="hint">{t!(i18n, goals.library.english_only)}</p>
            </Show>
            <ul class="library-list" lang=english>
                {move || all.with(|all| for_domain(all, chosen.get()).map(|(index, t)| {
                    let preview = person.with(|name| format!("{}.", t.to_goal(today()).clause(name)));
                    let title = t.title.clone();
                    let hidden = format!(": {title}");
                    view! {
                        <li class="library-item">
                            <div>
                                <p class="library-title">{title}</p>
                                <p class="hint">{preview}</p>
                            </div>
                            <button on:click=move |_| use_template(index)>
                                <span lang=translated_lang>{t!(i18n, goals.library.use_this)}</span>
                                <span class="visually-hidden">{hidden}</span>
                            </button>
                        </li>
                    }
                }).collect_view())}
            </ul>
        </section>
    }
}
