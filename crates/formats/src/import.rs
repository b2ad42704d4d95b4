//! Reading an assessment (`{"bank", "profile", "answers"}`) from JSON: the CLI's answers
//! files and the engine API's input. Errors name the JSON path and what is accepted.

use itcq_core::{Assessment, Error};

/// Parses an assessment from JSON; errors name the JSON path and what is accepted, and
/// any text after the assessment object is refused.
pub fn assessment(text: &str) -> Result<Assessment, Error> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let a: Assessment = serde_path_to_error::deserialize(&mut *de).map_err(json_error)?;
    de.end().map_err(|e| Error::Input {
        path: "input".to_string(),
        message: format!("{e}; expected nothing after the assessment object"),
    })?;
    Ok(a)
}

/// A JSON error with the path where it happened.
pub fn json_error(err: serde_path_to_error::Error<serde_json::Error>) -> Error {
    // serde_path_to_error marks segments it could not name with `?` (for example when the
    // text ends early); those say nothing to a reader, so they are dropped.
    let mut path = err.path().to_string();
    while let Some(stripped) = path.strip_suffix(".?").or(path.strip_suffix('?')) {
        path = stripped.to_string();
    }
    let message = err.into_inner().to_string();
    Error::Input {
        path: if path.is_empty() || path == "." {
            "input".to_string()
        } else {
            path
        },
        message,
    }
}
