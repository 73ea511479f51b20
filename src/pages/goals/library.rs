//! Starting points by part of life. Nothing is added until the person chooses "Use this goal".

use crate::components::language::{model_lang, translated_unless_english, untranslated};
use crate::components::{SelectField, Shown};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::domains::Domain;
use crate::model::goals::library::{for_domain, library_in};
use crate::model::Choice;
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
    let lang = model_lang();
    let chosen_lang = translated_unless_english();
    // The app's templates (in the language shown) and the agency's, rebuilt when the agency's
    // file arrives or the language changes.
    let agency = AgencyConfig::get();
    let all = Memo::new(move |_| {
        let lang = lang();
        agency.with(|c| library_in(&c.goal_templates, lang))
    });
    let domains = Memo::new(move |_| {
        all.with(|all| {
            Domain::ALL
                .iter()
                .copied()
                .filter(|d| for_domain(all, *d).next().is_some())
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(Domain::PhysicalHealth);
    // The chosen part of life's starting points, with their places in `all`.
    let shown = move || {
        let domain = chosen.get();
        all.with(|all| {
            for_domain(all, domain)
                .map(|(index, e)| (index, e.template.clone(), e.own))
                .collect::<Vec<_>>()
        })
    };
    // An agency's own starting points are in its words (English unless it wrote others).
    let agency_words_shown = move || english().is_some() && shown().iter().any(|(_, _, own)| !own);
    let person = Memo::new(move |_| state.plan.with(|p| p.person_name().to_string()));
    let use_template = move |index: usize| {
        let Some(template) = all.with_untracked(|all| all.get(index).map(|e| e.template.clone()))
        else {
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
            <Shown when=agency_words_shown>
                <p class="hint">{t!(i18n, goals.library.english_only)}</p>
            </Shown>
            <ul class="library-list">
                {move || shown().into_iter().map(|(index, t, own)| {
                    let lang = lang();
                    let preview = person.with(|name| format!("{}.", t.to_goal(today()).clause_in(name, lang)));
                    let title = t.title.clone();
                    let hidden = format!(": {title}");
                    let words_lang = move || if own { None } else { english() };
                    view! {
                        <li class="library-item" lang=words_lang>
                            <div>
                                <p class="library-title">{title}</p>
                                <p class="hint">{preview}</p>
                            </div>
                            <button on:click=move |_| use_template(index)>
                                <span lang=move || if own { None } else { chosen_lang() }>{t!(i18n, goals.library.use_this)}</span>
                                <span class="visually-hidden">{hidden}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
