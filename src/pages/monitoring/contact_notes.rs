//! Contact notes on the Monitoring step: a small form to write or change a note, the notes
//! newest first, and a search box. A note is deleted only after the person confirms, and the
//! deletion can be undone straight after.

use crate::components::language::model_lang;
use crate::components::needs_text::need_statement;
use crate::components::{focus_later, isolated, ConfirmDialog, Confirmation, Shown};
use crate::i18n::{t, t_string, tu_string, use_i18n, Locale};
use crate::model::contacts::{ContactMode, ContactNote, NoteDraft, Problem};
use crate::model::dates;
use crate::model::lang::Lang;
use crate::model::text::isolate;
use crate::model::{CarePlan, Choice, ContactNoteId};
use crate::state::PlanState;
use chrono::{FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// "In person" / "En persona".
pub fn how_label(i18n: I18nContext<Locale>, how: ContactMode) -> &'static str {
    match how {
        ContactMode::InPerson => t_string!(i18n, contact_notes.how_options.in_person),
        ContactMode::Phone => t_string!(i18n, contact_notes.how_options.phone),
        ContactMode::Video => t_string!(i18n, contact_notes.how_options.video),
        ContactMode::Message => t_string!(i18n, contact_notes.how_options.message),
    }
}

/// What to put right, in words that say how.
fn problem_text(i18n: I18nContext<Locale>, problem: Problem) -> &'static str {
    match problem {
        Problem::NoDate => t_string!(i18n, contact_notes.errors.no_date),
        Problem::NoTime => t_string!(i18n, contact_notes.errors.no_time),
        Problem::BadTime => t_string!(i18n, contact_notes.errors.bad_time),
        Problem::NoWho => t_string!(i18n, contact_notes.errors.no_who),
        Problem::NoHow => t_string!(i18n, contact_notes.errors.no_how),
        Problem::NoOutcome => t_string!(i18n, contact_notes.errors.no_outcome),
        Problem::DateWithoutStep => t_string!(i18n, contact_notes.errors.date_without_step),
    }
}

/// The browser's offset from UTC at a local date and time.
fn local_offset(local: NaiveDateTime) -> FixedOffset {
    chrono::Local
        .offset_from_local_datetime(&local)
        .earliest()
        .unwrap_or_else(|| chrono::Local::now().offset().fix())
}

/// What the last action said; a deleted note is kept here for undo.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Added,
    Changed,
    Removed(usize, ContactNote),
    Restored(ContactNoteId),
}

#[component]
pub fn ContactNotes(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let draft = RwSignal::new(None::<NoteDraft>);
    // Bumped each time the form opens or closes, so it is built afresh with the note's values.
    let opened = RwSignal::new(0_u32);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let query = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Said>);
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<ContactNoteId>);

    let open = move |new: NoteDraft| {
        draft.set(Some(new));
        problems.set(Vec::new());
        opened.update(|n| *n += 1);
        focus_later("contact-form-heading".into());
    };
    let close = move || {
        draft.set(None);
        problems.set(Vec::new());
        opened.update(|n| *n += 1);
    };
    let add = move |_| open(NoteDraft::new(chrono::Local::now().naive_local()));
    let edit = Callback::new(move |id: ContactNoteId| {
        if let Some(note) = plan.with_untracked(|p| p.contact_note(id).cloned()) {
            said.set(None);
            open(NoteDraft::of(&note));
        }
    });
    let save = move || {
        let Some(d) = draft.get_untracked() else {
            return;
        };
        match d.to_note(local_offset) {
            Ok(note) => {
                let id = note.id;
                let changed = d.id.is_some();
                state.edit(|p| p.keep_contact_note(note));
                close();
                if !changed {
                    // A new note is shown whatever was searched for.
                    query.set(String::new());
                }
                said.set(Some(if changed { Said::Changed } else { Said::Added }));
                focus_later(format!("contact-note-{id}"));
            }
            Err(found) => {
                problems.set(found);
                focus_later("contact-errors".into());
            }
        }
    };
    let cancel = move |_| {
        let editing = draft.with_untracked(|d| d.as_ref().and_then(|d| d.id));
        close();
        focus_later(match editing {
            Some(id) => format!("contact-note-{id}-edit"),
            None => "add-contact-note".into(),
        });
    };
    let ask_remove = Callback::new(move |id: ContactNoteId| {
        let Some(when) = plan.with_untracked(|p| p.contact_note(id).map(|n| n.when_in(lang())))
        else {
            return;
        };
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, contact_notes.remove_title).into(),
            message: tu_string!(i18n, contact_notes.remove_message, when = when).to_string(),
            confirm_label: tu_string!(i18n, contact_notes.remove_confirm).into(),
        }));
    });
    let do_remove = move || {
        let Some(id) = pending.get_value() else {
            return;
        };
        let mut removed = None;
        state.edit(|p| removed = p.remove_contact_note(id));
        if let Some((index, note)) = removed {
            if draft.with_untracked(|d| d.as_ref().and_then(|d| d.id)) == Some(id) {
                close();
            }
            said.set(Some(Said::Removed(index, note)));
            focus_later("contact-undo".into());
        }
    };
    let undo = move |_| {
        if let Some(Said::Removed(index, note)) = said.get_untracked() {
            let id = note.id;
            state.edit(|p| p.restore_contact_note(index, note));
            said.set(Some(Said::Restored(id)));
            focus_later(format!("contact-note-{id}"));
        }
    };
    let message = move || {
        said.get().map(|s| {
            let when_of = |note: Option<&ContactNote>| {
                note.map(|n| n.when_in(lang())).unwrap_or_default()
            };
            match s {
                Said::Added => view! { <span>{t!(i18n, contact_notes.added)}</span> }.into_any(),
                Said::Changed => view! { <span>{t!(i18n, contact_notes.changed)}</span> }.into_any(),
                Said::Removed(_, note) => {
                    let when = when_of(Some(&note));
                    view! {
                        <span>{t_string!(i18n, contact_notes.removed, when = when).to_string()}</span>
                        " "
                        <button id="contact-undo" on:click=undo>{t!(i18n, contact_notes.undo)}</button>
                    }
                    .into_any()
                }
                Said::Restored(id) => {
                    let when = plan.with(|p| when_of(p.contact_note(id)));
                    view! { <span>{t_string!(i18n, contact_notes.restored, when = when).to_string()}</span> }
                        .into_any()
                }
            }
        })
    };
    let total = Memo::new(move |_| plan.with(|p| p.contact_notes.len()));
    let list = move || {
        let lang = lang();
        let q = query.get();
        plan.with(|p| {
            let found = p.search_contact_notes(&q, lang);
            let count = found.len();
            let rows = found
                .into_iter()
                .map(|n| note_view(i18n, p, n, lang, edit, ask_remove))
                .collect_view();
            (count, rows)
        })
    };
    view! {
        <section class="card contact-notes" aria-labelledby="contact-notes-heading">
            <h2 id="contact-notes-heading">{t!(i18n, contact_notes.heading)}</h2>
            <p class="hint">{t!(i18n, contact_notes.hint)}</p>
            <Shown when=move || draft.with(Option::is_none)>
                <button id="add-contact-note" class="primary" on:click=add>{t!(i18n, contact_notes.add)}</button>
            </Shown>
            {move || {
                opened.track();
                draft
                    .with_untracked(Option::is_some)
                    .then(|| note_form(state, draft, problems, save, cancel))
            }}
            <div class="form-message" role="status">
                {move || message().map(|m| view! { <p class="notice">{m}</p> })}
            </div>
            <Shown when=move || total.get() == 0>
                <p class="empty">{t!(i18n, contact_notes.empty)}</p>
            </Shown>
            <Shown when=move || { total.get() > 0 }>
                <div class="field contact-search">
                    <label for="contact-search">{t!(i18n, contact_notes.search)}</label>
                    <p class="hint" id="contact-search-hint">{t!(i18n, contact_notes.search_hint)}</p>
                    <input id="contact-search" type="search" autocomplete="off"
                        aria-describedby="contact-search-hint"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev)) />
                </div>
            </Shown>
            {move || {
                let (count, rows) = list();
                let total = total.get();
                let searching = !query.with(|q| q.trim().is_empty());
                view! {
                    <p class="hint contact-count" role="status">
                        {searching.then(|| t_string!(i18n, contact_notes.showing, count = count, total = total).to_string())}
                    </p>
                    {(searching && count == 0).then(|| view! { <p class="empty">{t!(i18n, contact_notes.none_found)}</p> })}
                    <ol class="contact-note-list">{rows}</ol>
                }
            }}
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
    }
}

/// One note in the list.
fn note_view(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    note: &ContactNote,
    lang: Lang,
    edit: Callback<ContactNoteId>,
    remove: Callback<ContactNoteId>,
) -> AnyView {
    let id = note.id;
    let when = note.when_in(lang);
    let who = match plan.contact_who_in(note, lang) {
        w if w.is_empty() => t_string!(i18n, contact_notes.someone).to_string(),
        w => w,
    };
    let about: Vec<String> = plan
        .contact_about_in(note, lang)
        .iter()
        .map(|a| isolate(a))
        .collect();
    let rows: Vec<(&'static str, String)> = [
        Some((t_string!(i18n, contact_notes.who_label), isolate(&who))),
        note.how.map(|h| {
            (
                t_string!(i18n, contact_notes.how_label),
                how_label(i18n, h).to_string(),
            )
        }),
        (!about.is_empty()).then(|| (t_string!(i18n, contact_notes.about_label), about.join("; "))),
        Some((
            t_string!(i18n, contact_notes.outcome_label),
            isolate(&note.outcome),
        )),
        next_step_text(i18n, note, lang).map(|t| (t_string!(i18n, contact_notes.next_label), t)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let edit_label = t_string!(i18n, contact_notes.edit_named, when = when.clone()).to_string();
    let remove_label = t_string!(i18n, contact_notes.remove_named, when = when.clone()).to_string();
    view! {
        <li class="contact-note">
            <h3 id=format!("contact-note-{id}") tabindex="-1">{when}</h3>
            <dl class="contact-details">
                {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{isolated(v)}</dd> }).collect_view()}
            </dl>
            {note.shared.then(|| view! { <p class="contact-shared">{t!(i18n, contact_notes.shared_mark)}</p> })}
            <div class="actions">
                <button id=format!("contact-note-{id}-edit") aria-label=edit_label on:click=move |_| edit.run(id)>
                    {t!(i18n, contact_notes.edit)}
                </button>
                <button class="danger" aria-label=remove_label on:click=move |_| remove.run(id)>
                    {t!(i18n, contact_notes.remove)}
                </button>
            </div>
        </li>
    }
    .into_any()
}

/// "Call the clinic (by 24 November 2026)", with "done" once done; `None` without a next step.
pub fn next_step_text(i18n: I18nContext<Locale>, note: &ContactNote, lang: Lang) -> Option<String> {
    let step = note.next_step.trim();
    if step.is_empty() {
        return None;
    }
    let mut text = match note.next_date {
        Some(d) => {
            let date = dates::long_in(d, lang);
            t_string!(
                i18n,
                contact_notes.next_by,
                step = isolate(step),
                date = date
            )
            .to_string()
        }
        None => isolate(step),
    };
    if note.next_done && note.next_date.is_some() {
        text.push_str(&format!(
            " \u{2014} {}",
            t_string!(i18n, contact_notes.next_done_mark)
        ));
    }
    Some(text)
}

/// The id of a field's error line.
fn error_id(field: &str) -> String {
    format!("contact-{field}-error")
}

/// The form to write or change a note.
fn note_form(
    state: PlanState,
    draft: RwSignal<Option<NoteDraft>>,
    problems: RwSignal<Vec<Problem>>,
    save: impl Fn() + Copy + 'static,
    cancel: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let start = draft.get_untracked().unwrap_or_default();
    let editing = start.id.is_some();
    let change = move |f: Box<dyn FnOnce(&mut NoteDraft)>| {
        draft.update(|d| {
            if let Some(d) = d {
                f(d)
            }
        })
    };
    // The message for a field, when something in it must be put right.
    let error = move |field: &'static str| {
        Signal::derive(move || {
            problems.with(|ps| {
                ps.iter()
                    .find(|p| p.field() == field)
                    .map(|p| problem_text(i18n, *p))
            })
        })
    };
    let heading = {
        let when = plan.with_untracked(|p| {
            start
                .id
                .and_then(|id| p.contact_note(id))
                .map(|n| n.when_in(lang()))
        });
        move || match &when {
            Some(when) => {
                t_string!(i18n, contact_notes.edit_heading, when = when.clone()).to_string()
            }
            None => t_string!(i18n, contact_notes.new_heading).to_string(),
        }
    };
    let summary = move || {
        let found = problems.get();
        (!found.is_empty()).then(|| {
            view! {
                <div id="contact-errors" class="notice error error-summary" role="alert" tabindex="-1"
                    aria-labelledby="contact-errors-title">
                    <h4 id="contact-errors-title">{t!(i18n, contact_notes.errors_title)}</h4>
                    <ul>
                        {found.into_iter().map(|p| {
                            let target = format!("contact-{}", p.field());
                            // A button, not a link to "#field": the router would take a link
                            // as a change of page and move the focus to the page's heading.
                            view! {
                                <li>
                                    <button type="button" class="link" on:click=move |_| {
                                        focus_later(target.clone());
                                    }>{problem_text(i18n, p)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let members: Vec<(String, String)> = plan.with_untracked(|p| {
        p.care_team
            .iter()
            .filter_map(|m| m.label().map(|l| (m.id.to_string(), l)))
            .collect()
    });
    let has_team = !members.is_empty();
    let chosen_member = start.member.map(|m| m.to_string()).unwrap_or_default();
    let who_field = text_input(
        "who",
        Signal::derive(move || {
            if has_team {
                t_string!(i18n, contact_notes.who_also).to_string()
            } else {
                t_string!(i18n, contact_notes.who).to_string()
            }
        }),
        Some(Signal::derive(move || {
            t_string!(i18n, contact_notes.who_hint).to_string()
        })),
        error("who"),
        start.who.clone(),
        move |v| change(Box::new(move |d| d.who = v)),
    );
    let how_chosen = Signal::derive(move || draft.with(|d| d.as_ref().and_then(|d| d.how)));
    let how_error = error("how-in-person");
    let about = about_choices(i18n, plan, lang(), &start, change);
    let show_done = Signal::derive(move || {
        editing && draft.with(|d| d.as_ref().is_some_and(|d| d.next_date.is_some()))
    });
    view! {
        <form class="contact-form" novalidate aria-labelledby="contact-form-heading"
            on:submit=move |ev| {
                ev.prevent_default();
                save();
            }>
            <h3 id="contact-form-heading" tabindex="-1">{heading}</h3>
            {summary}
            <div class="inline-form">
                {date_input("date", Signal::derive(move || t_string!(i18n, contact_notes.date).to_string()), None,
                    error("date"), start.date, move |v| change(Box::new(move |d| d.date = v)))}
                {text_input_kind("time", "time",
                    Signal::derive(move || t_string!(i18n, contact_notes.time).to_string()),
                    Some(Signal::derive(move || t_string!(i18n, contact_notes.time_hint).to_string())),
                    error("time"), start.time.clone(), move |v| change(Box::new(move |d| d.time = v)))}
            </div>
            {has_team.then(|| view! {
                <div class="field">
                    <label for="contact-member">{t!(i18n, contact_notes.member)}</label>
                    <p class="hint" id="contact-member-hint">{t!(i18n, contact_notes.member_hint)}</p>
                    <select id="contact-member" aria-describedby="contact-member-hint"
                        on:change=move |ev| {
                            let v = crate::model::MemberId::parse(&event_target_value(&ev));
                            change(Box::new(move |d| d.member = v));
                        }>
                        <option value="" selected=chosen_member.is_empty()>{t!(i18n, contact_notes.someone_else)}</option>
                        {members.into_iter().map(|(id, label)| {
                            let selected = id == chosen_member;
                            view! { <option value=id selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
            })}
            {who_field}
            <fieldset class="radio-group inline" aria-describedby=move || how_error.get().map(|_| error_id("how"))>
                <legend>{t!(i18n, contact_notes.how)}</legend>
                {move || how_error.get().map(|e| view! { <p class="field-error" id=error_id("how")>{e}</p> })}
                <div class="options">
                    {ContactMode::ALL.iter().map(|&how| {
                        let id = format!("contact-how-{}", how.code());
                        view! {
                            <div class="option">
                                <input type="radio" id=id.clone() name="contact-how" value=how.code()
                                    prop:checked=move || how_chosen.get() == Some(how)
                                    on:change=move |_| change(Box::new(move |d| d.how = Some(how))) />
                                <label for=id>{move || how_label(i18n, how)}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            {about}
            {text_area("outcome",
                Signal::derive(move || t_string!(i18n, contact_notes.outcome).to_string()),
                Some(Signal::derive(move || t_string!(i18n, contact_notes.outcome_hint).to_string())),
                error("outcome"), start.outcome.clone(), move |v| change(Box::new(move |d| d.outcome = v)))}
            <div class="inline-form">
                {text_input("next-step",
                    Signal::derive(move || t_string!(i18n, contact_notes.next_step).to_string()), None,
                    error("next-step"), start.next_step.clone(), move |v| change(Box::new(move |d| d.next_step = v)))}
                {date_input("next-date",
                    Signal::derive(move || t_string!(i18n, contact_notes.next_date).to_string()),
                    Some(Signal::derive(move || t_string!(i18n, contact_notes.next_date_hint).to_string())),
                    Signal::derive(|| None), start.next_date, move |v| change(Box::new(move |d| d.next_date = v)))}
            </div>
            <Shown when=show_done>
                {checkbox("next-done", Signal::derive(move || t_string!(i18n, contact_notes.next_done).to_string()), None,
                    draft.with_untracked(|d| d.as_ref().is_some_and(|d| d.next_done)),
                    move |v| change(Box::new(move |d| d.next_done = v)))}
            </Shown>
            {checkbox("shared", Signal::derive(move || t_string!(i18n, contact_notes.shared).to_string()),
                Some(Signal::derive(move || t_string!(i18n, contact_notes.shared_hint).to_string())),
                start.shared, move |v| change(Box::new(move |d| d.shared = v)))}
            <div class="actions">
                <button type="submit" class="primary">
                    {move || if editing { t_string!(i18n, contact_notes.save_edit) } else { t_string!(i18n, contact_notes.save_new) }}
                </button>
                <button type="button" on:click=cancel>{t!(i18n, contact_notes.cancel)}</button>
            </div>
        </form>
    }
    .into_any()
}

/// The needs, goals and services to tick, grouped; nothing to tick says so.
fn about_choices(
    i18n: I18nContext<Locale>,
    plan: RwSignal<CarePlan>,
    lang: Lang,
    start: &NoteDraft,
    change: impl Fn(Box<dyn FnOnce(&mut NoteDraft)>) + Copy + 'static,
) -> AnyView {
    // One box to tick: (id, label, ticked, what ticking does).
    type Toggle = Box<dyn Fn(&mut NoteDraft, bool)>;
    type Item = (String, String, bool, Toggle);
    let mut groups: Vec<(&'static str, Vec<Item>)> = Vec::new();
    plan.with_untracked(|p| {
        let needs = p
            .needs
            .iter()
            .map(|n| {
                let id = n.id;
                (
                    format!("contact-about-{id}"),
                    need_statement(i18n, n),
                    start.needs.contains(&id),
                    Box::new(move |d: &mut NoteDraft, on: bool| toggle(&mut d.needs, id, on))
                        as Toggle,
                )
            })
            .collect();
        let goals = p
            .goals
            .iter()
            .map(|g| {
                let id = g.id;
                (
                    format!("contact-about-{id}"),
                    g.shown_clause_in(p.person_name(), lang),
                    start.goals.contains(&id),
                    Box::new(move |d: &mut NoteDraft, on: bool| toggle(&mut d.goals, id, on))
                        as Toggle,
                )
            })
            .collect();
        let services = p
            .services
            .iter()
            .map(|s| {
                let id = s.id;
                (
                    format!("contact-about-{id}"),
                    isolate(&s.display_name_in(lang)),
                    start.services.contains(&id),
                    Box::new(move |d: &mut NoteDraft, on: bool| toggle(&mut d.services, id, on))
                        as Toggle,
                )
            })
            .collect();
        groups.push((t_string!(i18n, contact_notes.about_needs), needs));
        groups.push((t_string!(i18n, contact_notes.about_goals), goals));
        groups.push((t_string!(i18n, contact_notes.about_services), services));
    });
    groups.retain(|(_, items)| !items.is_empty());
    if groups.is_empty() {
        return view! {
            <fieldset class="contact-about">
                <legend>{t!(i18n, contact_notes.about)}</legend>
                <p class="hint">{t!(i18n, contact_notes.about_nothing)}</p>
            </fieldset>
        }
        .into_any();
    }
    view! {
        <fieldset class="contact-about" aria-describedby="contact-about-hint">
            <legend>{t!(i18n, contact_notes.about)}</legend>
            <p class="hint" id="contact-about-hint">{t!(i18n, contact_notes.about_hint)}</p>
            {groups.into_iter().map(|(heading, items)| view! {
                <p class="contact-about-group">{heading}</p>
                {items.into_iter().map(|(id, label, ticked, flip)| {
                    let flip = std::rc::Rc::new(flip);
                    view! {
                        <div class="option">
                            <input type="checkbox" id=id.clone() prop:checked=ticked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let flip = flip.clone();
                                    change(Box::new(move |d| flip(d, on)));
                                } />
                            <label for=id>{isolated(label)}</label>
                        </div>
                    }
                }).collect_view()}
            }).collect_view()}
        </fieldset>
    }
    .into_any()
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    let there = list.contains(&item);
    if on && !there {
        list.push(item);
    } else if !on && there {
        list.retain(|i| *i != item);
    }
}

/// `aria-describedby` for a field: its hint and, while there is one, its error.
fn described_by(
    field: &'static str,
    has_hint: bool,
    error: Signal<Option<&'static str>>,
) -> impl Fn() -> Option<String> {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("contact-{field}-hint"));
        }
        if error.get().is_some() {
            ids.push(error_id(field));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The label, hint and error line above a field.
fn label_hint_error(
    field: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<&'static str>>,
) -> impl IntoView {
    view! {
        <label for=format!("contact-{field}")>{move || label.get()}</label>
        {hint.map(|h| view! { <p class="hint" id=format!("contact-{field}-hint")>{move || h.get()}</p> })}
        {move || error.get().map(|e| view! { <p class="field-error" id=error_id(field)>{e}</p> })}
    }
}

fn text_input(
    field: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<&'static str>>,
    value: String,
    on_input: impl Fn(String) + 'static,
) -> AnyView {
    text_input_kind(field, "text", label, hint, error, value, on_input)
}

fn text_input_kind(
    field: &'static str,
    kind: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<&'static str>>,
    value: String,
    on_input: impl Fn(String) + 'static,
) -> AnyView {
    let described = described_by(field, hint.is_some(), error);
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            {label_hint_error(field, label, hint, error)}
            <input id=format!("contact-{field}") type=kind autocomplete="off" prop:value=value
                aria-describedby=described
                aria-invalid=move || error.get().map(|_| "true")
                on:input=move |ev| on_input(event_target_value(&ev)) />
        </div>
    }
    .into_any()
}

fn text_area(
    field: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<&'static str>>,
    value: String,
    on_input: impl Fn(String) + 'static,
) -> AnyView {
    let described = described_by(field, hint.is_some(), error);
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            {label_hint_error(field, label, hint, error)}
            <textarea id=format!("contact-{field}") rows="3" prop:value=value
                aria-describedby=described
                aria-invalid=move || error.get().map(|_| "true")
                on:input=move |ev| on_input(event_target_value(&ev))></textarea>
        </div>
    }
    .into_any()
}

/// A date picker. Its value is set once, when the form opens: a date typed only in part is
/// never wiped, and counts as no date until it is whole.
fn date_input(
    field: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    error: Signal<Option<&'static str>>,
    value: Option<NaiveDate>,
    on_change: impl Fn(Option<NaiveDate>) + 'static,
) -> AnyView {
    let described = described_by(field, hint.is_some(), error);
    let value = value
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    view! {
        <div class="field" class:has-error=move || error.get().is_some()>
            {label_hint_error(field, label, hint, error)}
            <input id=format!("contact-{field}") type="date" prop:value=value
                aria-describedby=described
                aria-invalid=move || error.get().map(|_| "true")
                on:change=move |ev| {
                    on_change(NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok())
                } />
        </div>
    }
    .into_any()
}

fn checkbox(
    field: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    checked: bool,
    on_change: impl Fn(bool) + 'static,
) -> AnyView {
    let hint_id = hint.map(|_| format!("contact-{field}-hint"));
    view! {
        <div class="option">
            <input type="checkbox" id=format!("contact-{field}") prop:checked=checked
                aria-describedby=hint_id.clone()
                on:change=move |ev| on_change(event_target_checked(&ev)) />
            <label for=format!("contact-{field}")>{move || label.get()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get()}</p> })}
        </div>
    }
    .into_any()
}
