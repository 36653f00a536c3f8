//! Answers decoded by their status: where a spec documents different bodies for the statuses of
//! one operation, the status the server sent decides the type of the body.

use progenitor_client::{Error, ResponseValue};
use serde::de::Error as _;

use super::DecodeErrors;

/// An answer type with one variant per documented status.
pub trait FromStatus: Sized {
    /// Whether the spec documents `status` (exactly, by its class, or as `default`).
    fn documents(status: u16) -> bool;

    /// The body of an answer with `status`, decoded as that status documents it; `None` exactly
    /// when an issue was recorded.
    fn from_status(status: u16, body: &[u8], errs: &mut DecodeErrors) -> Option<Self>;
}

/// Reads an answer whose type depends on its status: a status the spec does not document is an
/// unexpected response (the caller gets it whole), a body that does not match what its status
/// documents is an invalid payload that says what is wrong, field by field.
pub async fn from_response<T: FromStatus, E>(response: reqwest::Response) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    if !T::documents(status.as_u16()) {
        return Err(Error::UnexpectedResponse(response));
    }
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(Error::ResponseBodyError)?;
    let mut errs = DecodeErrors::default();
    match T::from_status(status.as_u16(), &body, &mut errs) {
        Some(value) if errs.is_empty() => Ok(ResponseValue::new(value, status, headers)),
        _ => Err(Error::InvalidResponsePayload(body, serde_json::Error::custom(errs))),
    }
}
