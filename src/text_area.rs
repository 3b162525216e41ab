//! A text area that shows the state's text without writing back what the user just typed.
//! A controlled `value` makes Yew set the DOM value again after every input; with a pasted
//! document of megabytes the browser then lays it all out a second time (seconds).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Returns the ref to put on the `<textarea>` (without `value`) and its `oninput`.
/// `value` is written to the element only when it is not what the element last reported:
/// on mount (saved text), and when the text changes from elsewhere (import, forget).
#[hook]
pub fn use_text_area(
    value: AttrValue,
    on_input: Callback<String>,
) -> (NodeRef, Callback<InputEvent>) {
    let node = use_node_ref();
    let last_typed = use_mut_ref(|| None::<String>);
    {
        let (node, last_typed) = (node.clone(), last_typed.clone());
        use_effect_with(value, move |value| {
            let typed = last_typed.borrow().as_deref() == Some(value.as_str());
            if !typed {
                if let Some(area) = node.cast::<HtmlTextAreaElement>() {
                    area.set_value(value);
                }
                *last_typed.borrow_mut() = Some(value.to_string());
            }
        });
    }
    let oninput = Callback::from(move |e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        let text = area.value();
        *last_typed.borrow_mut() = Some(text.clone());
        on_input.emit(text);
    });
    (node, oninput)
}
