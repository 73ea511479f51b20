//! The agency's directory of local resources, on the Actions & services step: search it,
//! filter it by type, and add a resource to the plan as a service in one click.

use crate::components::actions_text::service_kind_label;
use crate::components::{focus_later, SelectField, Shown, TextField};
use crate::config::ResourceFilter;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::services::ServiceKind;
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;

/// How many matches are drawn at once; searching narrows a long directory.
const SHOWN_AT_ONCE: usize = 30;

#[component]
pub fn ResourceDirectory(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let agency = AgencyConfig::get();
    let count = Memo::new(move |_| agency.with(|c| c.resources.len()));
    let filter = RwSignal::new(ResourceFilter::default());
    let matches = Memo::new(move |_| filter.with(|f| agency.with(|c| f.apply(&c.resources))));
    let added = RwSignal::new(None::<String>);
    let in_plan = move |name: &str| {
        state.plan.with(|p| {
            p.services
                .iter()
                .any(|s| s.organization.trim().eq_ignore_ascii_case(name.trim()))
        })
    };
    let add = move |index: usize| {
        let Some(resource) = agency.with_untracked(|c| c.resources.get(index).cloned()) else {
            return;
        };
        let service = resource.to_service();
        let id = service.id;
        state.edit(|p| p.services.push(service));
        // The name; the notice is worded in the language on screen.
        added.set(Some(resource.name));
        focus_later(format!("service-{id}-organization"));
    };
    let from = move || {
        agency.with(|c| match c.agency.name.trim() {
            "" => t_string!(i18n, actions.resources.heading).to_string(),
            name => t_string!(i18n, actions.resources.heading_from, agency = name).to_string(),
        })
    };
    let kinds: Vec<(&'static str, Signal<&'static str>)> = std::iter::once((
        "",
        Signal::derive(move || t_string!(i18n, actions.resources.all_kinds)),
    ))
    .chain(ServiceKind::ALL.into_iter().map(|k| {
        (
            k.code(),
            Signal::derive(move || service_kind_label(i18n, k)),
        )
    }))
    .collect();
    view! {
        <Shown when=move || { count.get() > 0 }>
            <section class="resource-directory" aria-labelledby="resources-heading">
                <h3 id="resources-heading">{from}</h3>
                <p class="hint">{t!(i18n, actions.resources.hint)}</p>
                <div class="resource-search">
                    <TextField id="resource-search" label=move || t_string!(i18n, actions.resources.search) kind="search"
                        hint=move || t_string!(i18n, actions.resources.search_hint)
                        value=Signal::derive(move || filter.with(|f| f.text.clone()))
                        on_input=move |v| filter.update(|f| f.text = v) />
                    <SelectField id="resource-type" label=move || t_string!(i18n, actions.resources.kind) options=kinds.clone()
                        value=Signal::derive(move || filter.with(|f| f.category.map_or("", |k| k.code())))
                        on_change=move |v| filter.update(|f| f.category = ServiceKind::from_code(&v)) />
                </div>
                <p class="resource-count" role="status">
                    {move || {
                        let (shown, all) = (matches.with(Vec::len), count.get());
                        match shown {
                            0 => t_string!(i18n, actions.resources.none).to_string(),
                            n if n > SHOWN_AT_ONCE => t_string!(i18n, actions.resources.many, n = n, all = all, shown = SHOWN_AT_ONCE).to_string(),
                            n => t_string!(i18n, actions.resources.count, n = n, all = all).to_string(),
                        }
                    }}
                </p>
                <ul class="resource-list">
                    {move || matches.get().into_iter().take(SHOWN_AT_ONCE).filter_map(|index| {
                        let r = agency.with(|c| c.resources.get(index).cloned())?;
                        let name = r.name.clone();
                        let already = in_plan(&name);
                        let details: Vec<String> = [
                            r.phone.clone(),
                            r.address.clone(),
                            match r.hours.trim() { "" => String::new(), h => t_string!(i18n, actions.resources.hours, hours = h).to_string() },
                        ].into_iter().filter(|s| !s.trim().is_empty()).collect();
                        let website = (!r.website.is_empty()).then(|| r.website.clone());
                        let notes = (!r.notes.is_empty()).then(|| r.notes.clone());
                        Some(view! {
                            <li class="resource">
                                <div>
                                    <p class="resource-name"><strong>{name.clone()}</strong>" \u{b7} " {service_kind_label(i18n, r.category)}</p>
                                    {(!details.is_empty()).then(|| view! { <p>{details.join(" \u{b7} ")}</p> })}
                                    {website.map(|w| {
                                        let text = w.clone();
                                        view! { <p><a href=w target="_blank" rel="noopener noreferrer">{text}</a></p> }
                                    })}
                                    {notes.map(|n| view! { <p class="hint">{n}</p> })}
                                </div>
                                {if already {
                                    view! { <p class="resource-added">{t!(i18n, actions.resources.in_plan)}</p> }.into_any()
                                } else {
                                    view! {
                                        <button on:click=move |_| add(index)>
                                            {t!(i18n, actions.resources.add)}<span class="visually-hidden">{format!(": {name}")}</span>
                                        </button>
                                    }.into_any()
                                }}
                            </li>
                        })
                    }).collect_view()}
                </ul>
                {move || added.get().map(|name| view! {
                    <p class="notice" role="status">{t_string!(i18n, actions.resources.added, name = name).to_string()}</p>
                })}
            </section>
        </Shown>
    }
}
