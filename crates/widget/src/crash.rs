//! A panic inside the wasm must never leave a blank box: the panic hook replaces every
//! mounted widget with a friendly message and logs the cause with the `[ITCq]` prefix.

use std::cell::RefCell;
use std::sync::Once;

thread_local! {
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// The message a prospect sees after a crash, when the root carries none in its language
/// (`data-crash-message`, set from the texts on every render).
pub const MESSAGE: &str = "Sorry, something went wrong and the assessment stopped. Please reload the page: the answers you gave are saved on this device.";

/// Installs the panic hook (once per page).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Chained: whatever hook was there before (another tool's, a test harness's) still
        // runs after ours.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            web_sys::console::error_1(&format!("[ITCq] the assessment stopped: {info}").into());
            ROOTS.with(|roots| {
                if let Ok(roots) = roots.try_borrow() {
                    roots.iter().for_each(show);
                }
            });
            previous(info);
        }));
    });
}

/// Remembers a mounted root so a crash can reach it.
pub fn register(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

/// Forgets a destroyed root.
pub fn forget(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().retain(|x| x != root));
}

/// Replaces a root's content with the crash message.
pub fn show(root: &web_sys::Element) {
    root.set_text_content(None);
    let Some(doc) = root.owner_document() else {
        return;
    };
    if let Ok(div) = doc.create_element("div") {
        div.set_class_name("itcq itcq-crash");
        let _ = div.set_attribute("role", "alert");
        let message = root.get_attribute("data-crash-message");
        div.set_text_content(Some(message.as_deref().unwrap_or(MESSAGE)));
        let _ = root.append_child(&div);
    }
}
