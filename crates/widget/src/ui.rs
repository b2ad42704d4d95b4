//! What every view of the widget shares: the journey's state as a Yew reducer, its
//! dispatcher, and the small helpers that turn texts and actions into nodes and callbacks
//! (one out-of-line function each, which keeps the wasm small).

use itcq_journey::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// The reducer's state: the journey.
#[derive(PartialEq)]
pub struct Model(pub State);

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(self.0.apply(action)))
    }
}

/// A dispatcher for the step views.
pub type Dispatch = UseReducerDispatcher<Model>;

/// A callback that turns an event into an action.
pub fn make_callback<E, F>(dispatch: &Dispatch, f: F) -> Callback<E>
where
    F: Fn(E) -> Action + 'static,
{
    let dispatch = dispatch.clone();
    Callback::from(move |e: E| dispatch.dispatch(f(e)))
}

/// A text as a node. One out-of-line function for every text in the views keeps the
/// wasm small: Yew's conversion is otherwise inlined at each of about seventy places.
#[inline(never)]
pub fn tx(text: &str) -> Html {
    Html::from(text.to_string())
}

/// A callback that sends a fixed action whatever the event (clicks, radio changes).
///
/// One closure type for all of them keeps the wasm small: every distinct closure passed
/// to [`make_callback`] is compiled separately.
pub fn send<E: 'static>(dispatch: &Dispatch, action: Action) -> Callback<E> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: E| dispatch.dispatch(action.clone()))
}
