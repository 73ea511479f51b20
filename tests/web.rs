//! Component and browser-adapter tests, run in headless Chromium by wasm-bindgen-test-runner
//! (`make test-wasm`).
#![cfg(target_arch = "wasm32")]

use careplan::components::{
    Checkbox, ConfirmDialog, Confirmation, RadioGroup, SaveStatusLine, Shown, TextField,
};
use careplan::i18n::I18nContextProvider;
use careplan::model::CarePlan;
use careplan::pages::assessment::AssessmentStep;
use careplan::pages::goals::smart_marks::SmartMarks;
use careplan::state::{LocalStore, PlanState, SaveStatus};
use careplan::storage::{KeyValueStore, Repo, SaveError, StoreError};
use chrono::Utc;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets effects and the DOM catch up (Leptos effects run asynchronously).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A fresh element to mount a component into.
fn host() -> web_sys::HtmlElement {
    let document = document();
    let el = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

/// Fires a bubbling event, as a browser does after a person's input.
fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

fn query<T: JsCast>(root: &web_sys::HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
fn local_store_round_trips_and_lists_keys() {
    let store = LocalStore;
    store.set("careplan:test:a", "one").unwrap();
    assert_eq!(
        store.get("careplan:test:a").unwrap().as_deref(),
        Some("one")
    );
    assert!(store
        .keys()
        .unwrap()
        .contains(&"careplan:test:a".to_string()));
    store.remove("careplan:test:a").unwrap();
    assert_eq!(store.get("careplan:test:a").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_full_local_storage_is_reported_not_thrown() {
    // Chromium allows about 5 MB per origin: 12 MB cannot fit.
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(
        LocalStore.set("careplan:test:huge", &huge),
        Err(StoreError::Full)
    );
    assert_eq!(LocalStore.get("careplan:test:huge").unwrap(), None);
}

#[wasm_bindgen_test]
fn the_repo_over_local_storage_sets_damaged_plans_aside_unchanged() {
    let repo = Repo::new(LocalStore);
    let plan = CarePlan::new(Utc::now());
    repo.save(&plan, 0, Utc::now()).unwrap();
    let key = format!("careplan:plan:{}", plan.id);
    LocalStore.set(&key, "oops").unwrap();
    assert!(repo.save(&plan, 1, Utc::now()).is_err(), "never saved over");
    let listing = repo.list().unwrap();
    let recovery = format!("careplan:recovery:{}", plan.id);
    assert!(listing.unreadable.iter().any(|u| u.key == recovery));
    assert_eq!(LocalStore.get(&recovery).unwrap().as_deref(), Some("oops"));
    assert_eq!(LocalStore.get(&key).unwrap(), None);
    LocalStore.remove(&recovery).unwrap();
}

/// `localStorage[name](...args)`, with the browser's own strings in and out (no UTF-8 on the
/// way, which would replace a lone surrogate).
fn storage_call(name: &str, args: &[&wasm_bindgen::JsValue]) -> wasm_bindgen::JsValue {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let method: js_sys::Function = js_sys::Reflect::get(&storage, &name.into())
        .unwrap()
        .unchecked_into();
    let list = js_sys::Array::new();
    for arg in args {
        list.push(arg);
    }
    method.apply(&storage, &list).unwrap()
}

#[wasm_bindgen_test]
fn damaged_data_with_lone_surrogates_is_set_aside_to_the_last_utf16_unit() {
    let repo = Repo::new(LocalStore);
    let plan = CarePlan::new(Utc::now());
    repo.save(&plan, 0, Utc::now()).unwrap();
    let key = wasm_bindgen::JsValue::from_str(&format!("careplan:plan:{}", plan.id));
    // Not JSON, and not valid Unicode either: two lone halves of a surrogate pair.
    let damaged: js_sys::JsString = js_sys::JsString::from("{\"plan\": \"")
        .concat(&js_sys::JsString::from_char_code1(0xD800))
        .concat(&"x".into())
        .concat(&js_sys::JsString::from_char_code1(0xDC00));
    storage_call("setItem", &[&key, &damaged]);

    let listing = repo.list().unwrap();
    let recovery = format!("careplan:recovery:{}", plan.id);
    assert!(listing.unreadable.iter().any(|u| u.key == recovery));
    let kept = storage_call("getItem", &[&recovery.as_str().into()]);
    assert!(
        js_sys::Object::is(&kept, &damaged),
        "the surrogates are kept, not replaced by U+FFFD: {kept:?}"
    );
    assert!(
        storage_call("getItem", &[&key]).is_null(),
        "its own key is free"
    );
    LocalStore.remove(&recovery).unwrap();
}

#[wasm_bindgen_test]
async fn text_field_is_labelled_and_reports_typing() {
    let root = host();
    let value = RwSignal::new("start".to_string());
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <TextField id="t-name" label="Name" hint="What to call you." value=value
                on_input=move |v| value.set(v) />
        }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = query(&root, "input");
    let label: web_sys::HtmlElement = query(&root, "label");
    assert_eq!(label.get_attribute("for").as_deref(), Some("t-name"));
    assert_eq!(input.id(), "t-name");
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("t-name-hint")
    );
    assert_eq!(input.value(), "start");

    input.set_value("typed");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    assert_eq!(value.get_untracked(), "typed");

    value.set("from the model".into());
    tick().await;
    assert_eq!(input.value(), "from the model");
}

#[wasm_bindgen_test]
async fn shown_shows_its_children_or_the_fallback_and_keeps_them_while_the_answer_stays() {
    let root = host();
    let count = RwSignal::new(0);
    let builds = StoredValue::new(0);
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Shown when=move || count.get() != 0 fallback=|| view! { <p class="none">"None yet"</p> }>
                {builds.update_value(|n| *n += 1)}
                <input class="typed" />
            </Shown>
        }
    });
    tick().await;
    assert_eq!(root.text_content().as_deref(), Some("None yet"));
    assert!(root.query_selector("input").unwrap().is_none());

    count.set(1);
    tick().await;
    assert!(root.query_selector("p.none").unwrap().is_none());
    let input: web_sys::HtmlInputElement = query(&root, "input.typed");
    input.set_value("half typed");
    assert_eq!(builds.get_value(), 1);

    // Still more than none: the same input, with what was typed in it.
    count.set(2);
    tick().await;
    assert_eq!(builds.get_value(), 1);
    let still: web_sys::HtmlInputElement = query(&root, "input.typed");
    assert_eq!(still.value(), "half typed");

    count.set(0);
    tick().await;
    assert_eq!(root.text_content().as_deref(), Some("None yet"));
    assert!(root.query_selector("input").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn confirm_dialog_opens_runs_the_action_and_closes() {
    let root = host();
    let request = RwSignal::new(None::<Confirmation>);
    let confirmed = RwSignal::new(0);
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        // Its Cancel button's words come from the interface text of the chosen language.
        view! {
            <I18nContextProvider enable_cookie=false>
                <ConfirmDialog request=request on_confirm=move || confirmed.update(|n| *n += 1) />
            </I18nContextProvider>
        }
    });
    tick().await;
    let dialog: web_sys::HtmlDialogElement = query(&root, "dialog");
    assert!(!dialog.open());

    request.set(Some(Confirmation {
        title: "Delete this plan?".into(),
        message: "Maria: Housing will be deleted.".into(),
        confirm_label: "Delete plan".into(),
    }));
    tick().await;
    assert!(dialog.open());
    assert!(dialog
        .text_content()
        .unwrap()
        .contains("Maria: Housing will be deleted."));

    let confirm: web_sys::HtmlButtonElement = query(&root, "button.danger");
    assert_eq!(confirm.text_content().as_deref(), Some("Delete plan"));
    confirm.click();
    tick().await;
    assert_eq!(confirmed.get_untracked(), 1);
    assert!(!dialog.open());
    assert!(request.get_untracked().is_none());
}

#[wasm_bindgen_test]
async fn save_status_says_saved_saving_and_why_it_failed() {
    let root = host();
    let state = PlanState::new(CarePlan::new(Utc::now()), 0);
    let _mount = leptos::mount::mount_to(
        root.clone(),
        // Its words come from the interface text of the chosen language.
        move || view! { <I18nContextProvider enable_cookie=false><SaveStatusLine state=state /></I18nContextProvider> },
    );
    tick().await;
    let line: web_sys::HtmlElement = query(&root, "[role=status]");
    assert_eq!(
        line.text_content().as_deref(),
        Some("Saved in this browser")
    );
    state.status.set(SaveStatus::Saving);
    tick().await;
    assert_eq!(line.text_content().as_deref(), Some("Saving..."));
    state
        .status
        .set(SaveStatus::Failed(SaveError::Encode("NaN".into())));
    tick().await;
    assert_eq!(
        line.text_content().as_deref(),
        Some("Not saved: The plan could not be prepared for saving.")
    );
    assert!(line.class_name().contains("error"));
}

#[wasm_bindgen_test]
async fn editing_the_plan_saves_it_to_local_storage_within_half_a_second() {
    let plan = CarePlan::new(Utc::now());
    let id = plan.id;
    let state = PlanState::new(plan, 0);
    state.edit(|p| p.person.name = "Sandra".into());
    assert_eq!(state.status.get_untracked(), SaveStatus::Saving);
    for _ in 0..60 {
        tick().await;
    }
    assert_eq!(state.status.get_untracked(), SaveStatus::Saved);
    let stored = Repo::new(LocalStore).load(id).unwrap();
    assert_eq!(stored.plan.person.name, "Sandra");
    assert_eq!(stored.revision, 1);
    Repo::new(LocalStore).delete(id).unwrap();
}

#[wasm_bindgen_test]
async fn radio_group_is_a_labelled_fieldset_and_reports_the_choice() {
    let root = host();
    let value = RwSignal::new(None::<String>);
    let options = vec![
        ("0".to_string(), "Not at all".to_string()),
        ("1".to_string(), "Several days".to_string()),
    ];
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <RadioGroup name="q1" legend="1. Little interest" hint="Pick one." options=options.clone()
                value=value on_change=Callback::new(move |v| value.set(Some(v))) />
        }
    });
    tick().await;
    let fieldset: web_sys::HtmlElement = query(&root, "fieldset");
    assert_eq!(
        query::<web_sys::HtmlElement>(&root, "legend")
            .text_content()
            .as_deref(),
        Some("1. Little interest")
    );
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("q1-hint")
    );
    let second: web_sys::HtmlInputElement = query(&root, "#q1-1");
    assert_eq!(second.name(), "q1");
    let label: web_sys::HtmlElement = query(&root, "label[for=q1-1]");
    assert_eq!(label.text_content().as_deref(), Some("Several days"));
    assert!(!second.checked());

    second.set_checked(true);
    fire(&second, "change");
    assert_eq!(value.get_untracked().as_deref(), Some("1"));

    value.set(Some("0".into()));
    tick().await;
    assert!(query::<web_sys::HtmlInputElement>(&root, "#q1-0").checked());
    assert!(!second.checked());
}

#[wasm_bindgen_test]
async fn checkbox_is_labelled_and_reports_ticking() {
    let root = host();
    let ticked = RwSignal::new(false);
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        view! { <Checkbox id="mold" label="Mold" checked=ticked on_change=Callback::new(move |on| ticked.set(on)) /> }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = query(&root, "#mold");
    assert_eq!(
        query::<web_sys::HtmlElement>(&root, "label[for=mold]")
            .text_content()
            .as_deref(),
        Some("Mold")
    );
    input.set_checked(true);
    fire(&input, "change");
    assert!(ticked.get_untracked());
}

#[wasm_bindgen_test]
async fn answering_phq9_question_9_shows_the_crisis_line_whatever_the_total() {
    use leptos_router::components::Router;
    let root = host();
    let state = PlanState::new(CarePlan::new(Utc::now()), 0);
    state.edit(|p| p.start_assessment(Utc::now().date_naive()));
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        view! { <I18nContextProvider enable_cookie=false><Router><AssessmentStep state=state /></Router></I18nContextProvider> }
    });
    tick().await;
    assert!(root.query_selector(".crisis-notice").unwrap().is_none());
    // Questions 3 to 9 appear after "Answer all nine questions".
    query::<web_sys::HtmlButtonElement>(&root, "#phq9-continue").click();
    tick().await;
    let several_days: web_sys::HtmlInputElement = query(&root, "#phq9-q9-1");
    several_days.set_checked(true);
    fire(&several_days, "change");
    tick().await;
    assert!(state.plan.with_untracked(|p| p.safety_flag()));
    let notices = root.inner_html().matches("class=\"crisis-notice\"").count();
    assert_eq!(notices, 2, "at the top and under question 9");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("call or text 988"));
    assert!(
        text.contains("Not scored yet: questions 1, 2, 3, 4, 5, 6, 7 and 8 still need an answer.")
    );
    state.flush();
    Repo::new(LocalStore)
        .delete(state.plan.with_untracked(|p| p.id))
        .ok();
}

#[wasm_bindgen_test]
async fn smart_marks_say_pass_or_needs_work_in_words_and_follow_the_goal() {
    use careplan::model::goals::smart::check;
    use careplan::model::Goal;
    let root = host();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let goal = RwSignal::new(Goal::new(today));
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        let marks = Memo::new(move |_| goal.with(|g| check(g, today)));
        view! {
            <I18nContextProvider enable_cookie=false>
                <SmartMarks marks=marks id_prefix="g1-smart".to_string() />
            </I18nContextProvider>
        }
    });
    tick().await;
    let text = || root.text_content().unwrap_or_default();
    assert!(text().contains("SMART check: 0 of 5 letters pass."));
    assert!(text().contains("Specific: needs work"));
    assert!(text().contains("Confidence is not rated yet."));
    goal.update(|g| {
        g.action = "walk".into();
        g.confidence = Some(9);
    });
    tick().await;
    assert!(text().contains("SMART check: 2 of 5 letters pass."));
    assert!(text().contains("Specific: looks good"));
    assert!(text().contains("Confidence is 9 out of 10."));
    let marks = root.inner_html().matches("smart-mark pass").count();
    assert_eq!(marks, 2, "the classes follow the words");
}

#[wasm_bindgen_test]
async fn the_print_step_shows_either_printout_with_the_name_in_the_page_margins() {
    use careplan::pages::print::PrintStep;
    use careplan::storage::backup::read_file;
    let plan = read_file(include_str!("fixtures/plan-maria.json"))
        .unwrap()
        .remove(0)
        .plan;
    let root = host();
    let state = PlanState::new(plan, 0);
    let _mount = leptos::mount::mount_to(root.clone(), move || {
        view! { <I18nContextProvider enable_cookie=false><PrintStep state=state /></I18nContextProvider> }
    });
    tick().await;
    let text = |root: &web_sys::HtmlElement| root.text_content().unwrap_or_default();
    let full: web_sys::HtmlElement = query(&root, "article.full-plan");
    assert!(text(&full).contains("Care plan: Feeling steady at home"));
    assert!(text(&full).contains("Call the County Food Bank to register"));
    assert!(text(&full).contains("Safety note"));
    assert!(root.query_selector("article.my-plan").unwrap().is_none());
    // The @page rules with the name, as a constructed stylesheet (no <style> under the CSP).
    let sheets = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .adopted_style_sheets();
    let sheet: web_sys::CssStyleSheet = sheets.get(0).dyn_into().unwrap();
    let rules = sheet.css_rules().unwrap();
    let css: String = (0..rules.length())
        .filter_map(|i| rules.item(i))
        .map(|r| r.css_text())
        .collect();
    assert!(css.contains("Care plan for María López"), "{css}");
    assert!(root.query_selector("style").unwrap().is_none());

    // "Show on screen: My plan" swaps the printout.
    let mine: web_sys::HtmlInputElement = query(&root, "#printout-mine");
    mine.set_checked(true);
    fire(&mine, "change");
    tick().await;
    let my_plan: web_sys::HtmlElement = query(&root, "article.my-plan");
    assert!(text(&my_plan).contains("My plan: María López"));
    assert!(text(&my_plan).contains("If you need help right now"));
    assert!(text(&my_plan).contains("Ana Ruiz"));
    assert!(root.query_selector("article.full-plan").unwrap().is_none());
}

/// Every value this app keeps, as stored.
fn stored_values() -> Vec<(String, String)> {
    let store = careplan::state::local_store::RawStore;
    let mut keys: Vec<String> = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("careplan:"))
        .collect();
    keys.sort();
    keys.into_iter()
        .map(|k| {
            let v = store.get(&k).unwrap().unwrap_or_default();
            (k, v)
        })
        .collect()
}

/// Whether `word` can be read in a stored value: outside the ciphertext, or in its bytes.
/// (Searching the base64 text itself would find short words now and then by chance.)
fn readable_in(value: &str, word: &str) -> bool {
    use base64::Engine;
    let mut parsed: serde_json::Value = serde_json::from_str(value).unwrap_or_default();
    let bytes = parsed["data"]
        .as_str()
        .and_then(|d| base64::engine::general_purpose::STANDARD.decode(d).ok())
        .unwrap_or_default();
    if parsed.get("data").is_some() {
        parsed["data"] = "".into();
        parsed["iv"] = "".into();
    }
    let visible = if parsed.is_null() {
        value.to_string()
    } else {
        parsed.to_string()
    };
    visible.contains(word) || bytes.windows(word.len()).any(|w| w == word.as_bytes())
}

fn clear_app_keys() {
    for (k, _) in stored_values() {
        careplan::state::local_store::RawStore.remove(&k).unwrap();
    }
}

#[wasm_bindgen_test]
async fn passphrase_protection_seals_every_plan_and_refuses_wrong_keys_and_tampering() {
    use careplan::state::{Protection, Vault};
    use careplan::storage::repo::plan_key;
    use careplan::storage::sealed::ProtectionError;
    use careplan::storage::sealed::LOCK_KEY;
    let owner = Owner::new();
    owner.set();
    clear_app_keys();
    let raw = careplan::state::local_store::RawStore;
    let repo = Repo::new(LocalStore);
    let mut plan = CarePlan::new(Utc::now());
    plan.person.name = "Rosa Secret".into();
    repo.save(&plan, 0, Utc::now()).unwrap();
    // A plan saved by format 1, as the fixture has it.
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/backup-v1.json")).unwrap();
    let john = fixture["plans"][0].clone();
    let john_id = careplan::model::PlanId::parse(john["plan"]["id"].as_str().unwrap()).unwrap();
    raw.set(&plan_key(john_id), &john.to_string()).unwrap();

    let vault = Vault::provide();
    assert_eq!(vault.protection.get_untracked(), Protection::Off);
    vault.turn_on("blue kettle garden").await.unwrap();
    assert_eq!(vault.protection.get_untracked(), Protection::Unlocked);
    let lock = raw.get(LOCK_KEY).unwrap().unwrap();
    assert!(lock.contains("\"iterations\":600000") && lock.contains("\"kdf\":\"PBKDF2-SHA256\""));
    for (key, value) in stored_values() {
        if key != LOCK_KEY {
            assert!(
                value.starts_with("{\"sealed\":1,\"cipher\":\"AES-GCM-256\""),
                "{key}: {value}"
            );
            assert!(
                !readable_in(&value, "Rosa") && !readable_in(&value, "John"),
                "{key} leaks"
            );
        }
    }
    // Unlocked, the app reads and saves as before; the stored copy stays sealed.
    assert_eq!(repo.load(plan.id).unwrap().plan, plan);
    plan.title = "Quiet nights".into();
    repo.save(&plan, 1, Utc::now()).unwrap();
    tick().await;
    let sealed = raw.get(&plan_key(plan.id)).unwrap().unwrap();
    assert!(sealed.starts_with("{\"sealed\"") && !readable_in(&sealed, "Quiet"));
    assert_eq!(repo.load(plan.id).unwrap().plan.title, "Quiet nights");

    // Locked: nothing reads; a wrong passphrase opens nothing and changes nothing.
    vault.lock();
    assert!(repo.load(plan.id).is_err());
    let before = stored_values();
    assert_eq!(
        vault.unlock("blue kettle garten").await,
        Err(ProtectionError::WrongPassphrase)
    );
    assert_eq!(vault.protection.get_untracked(), Protection::Locked);
    assert_eq!(stored_values(), before);

    // One character of Rosa's ciphertext changed: the GCM tag refuses it, so her plan is set
    // aside unchanged as damaged, and the rest opens. John's format-1 plan, sealed and opened
    // again, goes through the migrations like any plan.
    let at = sealed.find("\"data\":\"").unwrap() + 10;
    let mut tampered = sealed.clone().into_bytes();
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    raw.set(&plan_key(plan.id), &tampered).unwrap();
    vault.unlock("blue kettle garden").await.unwrap();
    let listing = repo.list().unwrap();
    assert_eq!(listing.plans.len(), 1);
    assert_eq!(listing.plans[0].person_name, "John");
    assert_eq!(repo.load(john_id).unwrap().plan.care_team.len(), 1);
    let recovery = format!("careplan:recovery:{}", plan.id);
    assert!(listing.unreadable.iter().any(|u| u.key == recovery));
    assert_eq!(LocalStore.get(&recovery).unwrap(), Some(tampered));

    // A new passphrase: the old one no longer opens, the new one does.
    vault
        .change_passphrase("blue kettle garden", "green teapot hill")
        .await
        .unwrap();
    tick().await;
    vault.lock();
    assert!(vault.unlock("blue kettle garden").await.is_err());
    vault.unlock("green teapot hill").await.unwrap();
    assert!(
        vault.turn_off("blue kettle garden").await.is_err(),
        "needs the passphrase"
    );

    // Off: everything is stored plain again.
    vault.turn_off("green teapot hill").await.unwrap();
    assert_eq!(vault.protection.get_untracked(), Protection::Off);
    assert_eq!(raw.get(LOCK_KEY).unwrap(), None);
    assert!(raw
        .get(&plan_key(john_id))
        .unwrap()
        .unwrap()
        .contains("John"));
    assert_eq!(repo.load(john_id).unwrap().plan.person.name, "John");
    clear_app_keys();
}

/// What the app seals in Rust is plain AES-GCM-256 as WebCrypto does it, both ways, so the
/// stored format does not depend on which side encrypts.
#[wasm_bindgen_test]
async fn sealed_values_are_webcrypto_aes_gcm_both_ways() {
    use careplan::storage::sealed::{cipher, open, seal, Sealed};
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::JsFuture;
    let key_bytes = [9u8; 32];
    let iv = [3u8; 12];
    let text = "María López: Quiet nights";
    let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
    let algo = Object::new();
    Reflect::set(&algo, &"name".into(), &"AES-GCM".into()).unwrap();
    let usages: JsValue = [JsValue::from_str("encrypt"), JsValue::from_str("decrypt")]
        .into_iter()
        .collect::<Array>()
        .into();
    let key: web_sys::CryptoKey = JsFuture::from(
        subtle
            .import_key_with_object(
                "raw",
                &Uint8Array::from(&key_bytes[..]),
                &algo,
                false,
                &usages,
            )
            .unwrap(),
    )
    .await
    .unwrap()
    .unchecked_into();
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"AES-GCM".into()).unwrap();
    Reflect::set(&params, &"iv".into(), &Uint8Array::from(&iv[..])).unwrap();

    let rust = cipher(&key_bytes).unwrap();
    let sealed = seal(&rust, &iv, text.as_bytes()).unwrap();
    let (_, data) = sealed.bytes().unwrap();
    let by_browser = JsFuture::from(
        subtle
            .decrypt_with_object_and_u8_array(&params, &key, &data)
            .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(Uint8Array::new(&by_browser).to_vec(), text.as_bytes());

    let from_browser = JsFuture::from(
        subtle
            .encrypt_with_object_and_u8_array(&params, &key, text.as_bytes())
            .unwrap(),
    )
    .await
    .unwrap();
    let sealed_by_browser = Sealed::new(&iv, &Uint8Array::new(&from_browser).to_vec());
    assert_eq!(sealed_by_browser, sealed, "the same bytes");
    assert_eq!(open(&rust, &sealed_by_browser).unwrap(), text.as_bytes());
}

#[wasm_bindgen_test]
async fn crisis_line_text_marks_an_agencys_own_words_as_english_only_when_they_are_not_in_the_page_language(
) {
    use careplan::components::CrisisLineText;
    use careplan::model::assessment::safety::CrisisLine;
    use careplan::model::lang::Lang;
    let agency = CrisisLine {
        lines: vec!["Call the Eastside crisis team at 555-0199.".into()],
        emergency: "In danger now? Call 911.".into(),
    };
    let cases = [
        (
            CrisisLine::default().shown_in(Lang::Es),
            None,
            "marque el 2",
        ),
        (agency.shown_in(Lang::Es), Some("en"), "Eastside"),
        (agency.shown_in(Lang::En), None, "Eastside"),
    ];
    for ((line, in_lang), lang, words) in cases {
        let root = host();
        let paragraphs = line.lines.len() + 1;
        let _mount = leptos::mount::mount_to(root.clone(), move || {
            view! { <CrisisLineText line=line.clone() in_lang=in_lang class="crisis-line" /> }
        });
        tick().await;
        let div: web_sys::HtmlElement = query(&root, ".crisis-lines");
        assert_eq!(div.get_attribute("lang").as_deref(), lang);
        assert!(div.text_content().unwrap_or_default().contains(words));
        assert_eq!(
            div.query_selector_all("p.crisis-line").unwrap().length() as usize,
            paragraphs,
            "each line and the emergency line, one paragraph each"
        );
    }
}
