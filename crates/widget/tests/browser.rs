//! Browser tests (wasm-bindgen-test in headless Chromium): the widget's components as the
//! loader mounts them (inside an open shadow root), and the engine's JS bindings.
//!
//! Run by `make test`: `cargo test --target wasm32-unknown-unknown -p itcq-widget
//! --test browser` with `wasm-bindgen-test-runner` and Debian's chromedriver.
#![cfg(target_arch = "wasm32")]

use itcq_core::answers::{Answer, Answers};
use itcq_core::bank::Bank;
use itcq_core::framework::Goal;
use itcq_core::profile::{Industry, ItManagement};
use itcq_core::score::round1;
use itcq_formats::lead::Lead;
use itcq_journey::{ProfileDraft, Snapshot, Step};
use itcq_widget::{WidgetHandle, mount};
use js_sys::Reflect;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    host: HtmlElement,
    shadow: ShadowRoot,
    root: Element,
    handle: WidgetHandle,
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn mount_with(options: &[(&str, &str)]) -> Mounted {
    let doc = document();
    let host: HtmlElement = doc
        .create_element("itcq-widget")
        .unwrap()
        .dyn_into()
        .unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let root = doc.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    let o = js_sys::Object::new();
    for (k, v) in options {
        Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    let handle = mount(
        host.clone().into(),
        root.clone().into(),
        o.into(),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
    .unwrap();
    Mounted {
        host,
        shadow,
        root,
        handle,
    }
}

/// Waits `ms` milliseconds (a macrotask at least).
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

/// Lets Yew render: waits for a macrotask.
async fn tick() {
    sleep(0).await;
}

/// Waits until `cond` holds, for at most about two seconds: Yew runs effects (events to
/// the host page, focus) after rendering, which on a busy machine can be a task later.
async fn eventually(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..200 {
        if cond() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

impl Mounted {
    fn find(&self, selector: &str) -> Option<Element> {
        self.shadow.query_selector(selector).unwrap()
    }
    fn all(&self, selector: &str) -> u32 {
        self.shadow.query_selector_all(selector).unwrap().length()
    }
    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .text_content()
            .unwrap_or_default()
    }
    fn step(&self) -> String {
        self.find(".itcq")
            .unwrap()
            .get_attribute("data-step")
            .unwrap()
    }
    async fn click(&self, selector: &str) {
        self.find(selector)
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        tick().await;
    }
    async fn key(&self, selector: &str, key: &str) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let ev =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.find(selector).unwrap().dispatch_event(&ev).unwrap();
        tick().await;
    }
}

fn complete_profile() -> ProfileDraft {
    ProfileDraft {
        company: "Example Ltd".into(),
        seats: "45".into(),
        industry: Some(Industry::ProfessionalServices),
        it_management: Some(ItManagement::OutsourcedMsp),
        goals: vec![Goal::Continuity],
    }
}

fn save(key: &str, step: Step, level: Option<u8>, lead_sent: bool) -> Answers {
    let bank = Bank::quick();
    let mut answers = Answers::empty(bank);
    if let Some(l) = level {
        for i in 0..bank.questions.len() {
            answers.answer(i, Answer::Level(l));
        }
    }
    let snap = Snapshot {
        step,
        profile: complete_profile(),
        answers: answers.clone(),
        lead: Lead::default(),
        lead_sent,
        reported: [false; 7],
        completed: false,
        saved_at: js_sys::Date::now() as u64,
    };
    storage()
        .set_item(&format!("itcq:v1:{key}"), &snap.encode())
        .unwrap();
    answers
}

#[wasm_bindgen_test]
async fn mounts_the_welcome_step_inside_the_shadow_root() {
    let m = mount_with(&[("mspName", "Acme IT"), ("storageKey", "t-welcome")]);
    tick().await;
    assert_eq!(m.step(), "welcome");
    assert!(m.text("h2.itcq-title").contains("How competitive"));
    assert_eq!(m.text(".itcq-brand-name"), "Acme IT");
    assert_eq!(m.all(".itcq-config-error"), 0);
    assert!(m.find("button[data-action=start]").is_some());
    // Nothing of the widget is in the light DOM.
    assert!(document().query_selector(".itcq").unwrap().is_none());
    // Mounting does not take the page's focus.
    assert!(m.shadow.active_element().is_none());
    // The moment the first step is interactive is marked for performance tooling.
    let perf = web_sys::window().unwrap().performance().unwrap();
    assert!(perf.get_entries_by_name("itcq:ready").length() >= 1);
}

#[wasm_bindgen_test]
async fn the_brand_colour_reaches_the_stylesheet_through_custom_properties() {
    let m = mount_with(&[("brandColor", "#0a5"), ("storageKey", "t-brand")]);
    tick().await;
    let el: HtmlElement = m.find(".itcq").unwrap().dyn_into().unwrap();
    let style = el.style();
    assert_eq!(style.get_property_value("--itcq-brand").unwrap(), "#00aa55");
    // #00aa55 is too light for white text: black is chosen instead (at least 4.5:1).
    assert_eq!(
        style.get_property_value("--itcq-on-brand").unwrap(),
        "#000000"
    );
}

#[wasm_bindgen_test]
async fn wrong_settings_are_listed_and_the_assessment_still_starts() {
    let m = mount_with(&[
        ("mode", "sideways"),
        ("brandColor", "blue-ish"),
        ("contactEmail", "not-an-email"),
        ("storageKey", "t-bad"),
    ]);
    tick().await;
    assert_eq!(m.all(".itcq-config-error li"), 3);
    let text = m.text(".itcq-config-error");
    for needle in [
        "data-mode",
        "\"inline\"",
        "data-brand-color",
        "#0a5",
        "data-contact-email",
    ] {
        assert!(text.contains(needle), "{needle} missing in {text}");
    }
    m.click("button[data-action=start]").await;
    assert_eq!(m.step(), "profile");
}

#[wasm_bindgen_test]
async fn start_moves_focus_to_the_step_heading_and_tells_the_host_page() {
    storage().remove_item("itcq:v1:t-start").unwrap();
    let m = mount_with(&[("storageKey", "t-start")]);
    tick().await;
    let started = Rc::new(Cell::new(0));
    let count = started.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| count.set(count.get() + 1));
    m.host
        .add_event_listener_with_callback("itcq:started", listener.as_ref().unchecked_ref())
        .unwrap();
    m.click("button[data-action=start]").await;
    assert_eq!(m.step(), "profile");
    eventually("the started event", || started.get() >= 1).await;
    eventually("focus on the heading", || {
        m.shadow.active_element().is_some()
    })
    .await;
    sleep(50).await;
    assert_eq!(started.get(), 1, "started is raised once");
    let focused = m
        .shadow
        .active_element()
        .expect("focus moved into the widget");
    assert!(
        focused
            .get_attribute("class")
            .unwrap_or_default()
            .contains("itcq-title")
    );
    // Without seats, industry and IT management the step says what is missing.
    m.click("button[data-action=next]").await;
    assert_eq!(m.step(), "profile");
    assert_eq!(m.all(".itcq-field-error"), 3);
    assert_eq!(
        m.find("#itcq-seats")
            .unwrap()
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    // Focus goes to the first field with a problem, whose message is linked to it.
    eventually("focus on the first invalid field", || {
        m.shadow
            .active_element()
            .is_some_and(|e| e.id() == "itcq-seats")
    })
    .await;
    let focused = m.shadow.active_element().unwrap();
    assert_eq!(focused.id(), "itcq-seats");
    let described = focused.get_attribute("aria-describedby").unwrap();
    assert!(described.contains("itcq-seats-error"), "{described}");
    drop(listener);
}

#[wasm_bindgen_test]
async fn number_keys_answer_and_enter_goes_on() {
    save("t-keys", Step::Question(0), None, false);
    let m = mount_with(&[("storageKey", "t-keys")]);
    tick().await;
    assert!(m.find(".itcq-resume").is_some(), "resume is offered");
    m.click("button[data-action=resume]").await;
    assert_eq!(m.step(), "question");
    // 45 seats with an outside provider: 35 of the 36 questions are asked.
    assert!(m.text(".itcq-progress").contains("Question 1 of 35"));
    m.key("section.itcq-step", "3").await;
    let chosen: HtmlInputElement = m
        .find("input[name=itcq-answer][value='2']")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(chosen.checked());
    m.key("section.itcq-step", "Enter").await;
    assert!(m.text(".itcq-progress").contains("Question 2 of 35"));
    m.key("section.itcq-step", "6").await;
    let dk: HtmlInputElement = m
        .find("input[name=itcq-answer][value=dont_know]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(dk.checked());
    // The help text is shown on demand.
    assert!(m.find(".itcq-help").unwrap().has_attribute("hidden"));
    m.click("button[data-action=help]").await;
    assert!(!m.find(".itcq-help").unwrap().has_attribute("hidden"));
    // Progress was saved as it went.
    let saved_now = || {
        storage()
            .get_item("itcq:v1:t-keys")
            .unwrap()
            .unwrap_or_default()
    };
    // The saved step names the question by its ID.
    let second = format!("question:{}", Bank::quick().questions[1].id);
    eventually("progress saved at question 2", || {
        saved_now().contains(&second)
    })
    .await;
    let saved = saved_now();
    let snap = Snapshot::decode(&saved, js_sys::Date::now() as u64, &Default::default()).unwrap();
    assert_eq!(snap.answers.as_slice()[0], Some(Answer::Level(2)));
    assert_eq!(snap.step, Step::Question(1));
}

#[wasm_bindgen_test]
async fn damaged_saved_data_is_discarded_with_a_notice() {
    storage()
        .set_item("itcq:v1:t-garbage", "{not a snapshot")
        .unwrap();
    let m = mount_with(&[("storageKey", "t-garbage")]);
    tick().await;
    assert_eq!(m.step(), "welcome");
    assert!(m.text(".itcq-notice").contains("couldn't restore"));
    assert!(storage().get_item("itcq:v1:t-garbage").unwrap().is_none());
    assert!(m.find("button[data-action=start]").is_some());
}

#[wasm_bindgen_test]
async fn results_show_the_engines_report() {
    let answers = save("t-results", Step::Results, Some(2), true);
    let m = mount_with(&[
        ("storageKey", "t-results"),
        ("ctaUrl", "https://acme.example/book"),
        ("contactEmail", "sales@acme.example"),
    ]);
    tick().await;
    m.click("button[data-action=resume]").await;
    assert_eq!(m.step(), "results");
    let profile = complete_profile().profile().unwrap();
    let report = itcq_core::assess_answers(&profile, &answers);
    assert_eq!(
        m.text(".itcq-score-value"),
        format!("{:.1}", round1(report.itcq))
    );
    assert_eq!(m.text(".itcq-score-value"), "50.0");
    assert_eq!(m.all(".itcq-block-card"), 7);
    assert_eq!(m.all(".itcq-phase"), 3);
    assert_eq!(
        m.all(".itcq-action") as usize,
        itcq_core::plan::ranked(&report.plan).len()
    );
    assert_eq!(m.all("svg.itcq-chart .itcq-chart-bar"), 8); // 7 blocks + legend
    let cta = m.find("a.itcq-cta").unwrap();
    assert_eq!(
        cta.get_attribute("href").as_deref(),
        Some("https://acme.example/book")
    );
    let mail = m
        .find("a.itcq-contact")
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert!(mail.starts_with("mailto:sales@acme.example?subject=My%20ITCq%20result%3A%2050.0"));
    // Starting again asks first; keeping the results changes nothing.
    m.click("button[data-action=ask-restart]").await;
    assert!(m.find(".itcq-confirm").is_some());
    m.click("button[data-action=cancel-restart]").await;
    assert_eq!(m.step(), "results");
    assert!(m.find(".itcq-confirm").is_none());
}

#[wasm_bindgen_test]
async fn the_lead_form_validates_before_the_results() {
    save("t-lead", Step::Lead, Some(3), false);
    let leads = Rc::new(Cell::new(0));
    let m = mount_with(&[
        ("storageKey", "t-lead"),
        ("privacyUrl", "https://acme.example/privacy"),
    ]);
    let count = leads.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| count.set(count.get() + 1));
    m.host
        .add_event_listener_with_callback("itcq:lead-submitted", listener.as_ref().unchecked_ref())
        .unwrap();
    tick().await;
    m.click("button[data-action=resume]").await;
    assert_eq!(m.step(), "lead");
    assert!(m.find("a.itcq-privacy").is_some());
    m.click("button[data-action=submit-lead]").await;
    assert_eq!(m.step(), "lead");
    assert_eq!(m.all(".itcq-field-error"), 4); // name, email, company, consent
    assert_eq!(leads.get(), 0);
    drop(listener);
}

#[wasm_bindgen_test]
async fn destroy_unmounts_the_widget() {
    let mut m = mount_with(&[("storageKey", "t-destroy")]);
    tick().await;
    assert!(m.find(".itcq").is_some());
    m.handle.destroy();
    tick().await;
    assert_eq!(m.root.child_element_count(), 0);
    m.handle.destroy(); // twice is fine
}

#[wasm_bindgen_test]
fn mount_rejects_non_elements() {
    let err = mount(
        JsValue::from_str("#x"),
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
    .err()
    .expect("not an element");
    let msg: String = JsValue::from(err)
        .dyn_into::<js_sys::Error>()
        .unwrap()
        .message()
        .into();
    assert!(msg.contains("host must be an HTML element"), "{msg}");
}

#[wasm_bindgen_test]
fn the_js_api_returns_plain_objects_and_named_errors() {
    let input = js_sys::JSON::parse(
        r#"{"bank":"quick","profile":{"seats":45,"industry":"legal","it_management":"outsourced_msp"},"answers":{"backup_restore":4}}"#,
    )
    .unwrap();
    let report = itcq_api::assess(input).unwrap();
    assert_eq!(
        Reflect::get(&report, &"itcq".into()).unwrap().as_f64(),
        Some(100.0)
    );
    let blocks = Reflect::get(&report, &"blocks".into()).unwrap();
    assert!(js_sys::Array::is_array(&blocks));
    let bad = js_sys::JSON::parse(
        r#"{"bank":"quick","profile":{"seats":0,"industry":"legal","it_management":"outsourced_msp"}}"#,
    )
    .unwrap();
    let err = itcq_api::assess(bad).err().unwrap();
    let msg: String = JsValue::from(err)
        .dyn_into::<js_sys::Error>()
        .unwrap()
        .message()
        .into();
    assert!(msg.starts_with("profile.seats: 0 is not accepted"), "{msg}");
}

#[wasm_bindgen_test]
async fn a_results_link_opens_its_results_without_touching_saved_progress() {
    use itcq_core::profile::Profile;
    use itcq_formats::code;
    let profile = Profile {
        company: Some("Linked Ltd".into()),
        seats: 80,
        industry: Industry::Manufacturing,
        it_management: ItManagement::InternalAdmin,
        goals: vec![Goal::Scale],
    };
    let mut answers = Answers::empty(Bank::quick());
    for i in 0..answers.as_slice().len() {
        answers.answer(i, Answer::Level((i % 5) as u8));
    }
    let text = code::encode(&profile, &answers, None, None);
    let expected = itcq_core::assess_answers(&profile, &answers).itcq;
    let m = mount_with(&[("storageKey", "t-shared"), ("resultCode", &text)]);
    eventually("the shared results", || {
        m.find(".itcq").is_some() && m.step() == "results"
    })
    .await;
    assert_eq!(
        m.text(".itcq-score-value"),
        format!("{:.1}", round1(expected))
    );
    assert!(m.find(".itcq-shared").is_some());
    let link = m
        .find("#itcq-share-link")
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .value();
    assert!(link.ends_with(&format!("#itcq={text}")), "{link}");
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("itcq:v1:t-shared")
        .unwrap();
    assert_eq!(
        saved, None,
        "a shared result is not saved as this device's assessment"
    );

    // A damaged link: a notice naming the problem, and the normal start.
    let swap = if &text[10..11] == "A" { "B" } else { "A" };
    let broken = format!("{}{swap}{}", &text[..10], &text[11..]);
    let b = mount_with(&[("storageKey", "t-shared-bad"), ("resultCode", &broken)]);
    tick().await;
    assert_eq!(b.step(), "welcome");
    assert!(
        b.text(".itcq-notice").contains("could not be opened"),
        "{}",
        b.text(".itcq-notice")
    );
}
