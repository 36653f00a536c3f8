// @generated from openapi/my-account.yaml by `cargo xtask regen`. Do not edit by hand.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for My Account

See the module documentation for the API's description.

Version: 1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::runtime::retry::RetryPolicy,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::runtime::retry::RetryPolicy) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::runtime::retry::RetryPolicy,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::runtime::retry::RetryPolicy> for Client {
    fn api_version() -> &'static str {
        "1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::runtime::retry::RetryPolicy {
        &self.inner
    }
}
impl ClientHooks<crate::runtime::retry::RetryPolicy> for &Client {}
#[allow(clippy::all)]
impl Client {
    /**Get the status of all factors

List of factors enabled for the Auth0 tenant and available for enrollment by this user.

Sends a `GET` request to `/factors`

*/
    pub async fn get_factors<'a>(
        &'a self,
    ) -> Result<
        ResponseValue<crate::my_account::types::ListFactorsResponseContent>,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/factors", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_factors",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get a list of authentication methods

Retrieve detailed list of authentication methods belonging to the authenticated user.

Sends a `GET` request to `/authentication-methods`

Arguments:
- `type_`: Filter authentication methods by type
*/
    pub async fn get_authentication_methods<'a>(
        &'a self,
        type_: Option<&'a crate::my_account::types::FactorTypeEnum>,
    ) -> Result<
        ResponseValue<
            crate::my_account::types::ListAuthenticationMethodsResponseContent,
        >,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/authentication-methods", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("type", &type_))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_authentication_methods",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Start the enrollment of a supported authentication method

Start the enrollment of a supported authentication method.

Sends a `POST` request to `/authentication-methods`

*/
    pub async fn create_authentication_method<'a>(
        &'a self,
        body: &'a crate::my_account::types::CreateAuthenticationMethodRequestContent,
    ) -> Result<
        ResponseValue<
            crate::my_account::types::CreateAuthenticationMethodResponseContent,
        >,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/authentication-methods", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_authentication_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            202u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get an authentication method by ID

Retrieves a single authentication method belonging to the authenticated user.

Sends a `GET` request to `/authentication-methods/{authentication_method_id}`

Arguments:
- `authentication_method_id`: Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
*/
    pub async fn get_authentication_method<'a>(
        &'a self,
        authentication_method_id: &'a str,
    ) -> Result<
        ResponseValue<crate::my_account::types::GetAuthenticationMethodResponseContent>,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!(
            "{}/authentication-methods/{}", self.baseurl, encode_path(&
            authentication_method_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_authentication_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Delete an authentication method by ID

Deletes a single authentication method belonging to the authenticated user.

Sends a `DELETE` request to `/authentication-methods/{authentication_method_id}`

Arguments:
- `authentication_method_id`: Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
*/
    pub async fn delete_authentication_method<'a>(
        &'a self,
        authentication_method_id: &'a str,
    ) -> Result<ResponseValue<()>, Error<crate::my_account::types::ErrorResponse>> {
        let url = format!(
            "{}/authentication-methods/{}", self.baseurl, encode_path(&
            authentication_method_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_authentication_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Update details of an authentication method by ID

Updates a single authentication method

Sends a `PATCH` request to `/authentication-methods/{authentication_method_id}`

Arguments:
- `authentication_method_id`: Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
- `body`
*/
    pub async fn update_authentication_method<'a>(
        &'a self,
        authentication_method_id: &'a str,
        body: &'a crate::my_account::types::UpdateAuthenticationMethodRequestContent,
    ) -> Result<
        ResponseValue<
            crate::my_account::types::UpdateAuthenticationMethodResponseContent,
        >,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!(
            "{}/authentication-methods/{}", self.baseurl, encode_path(&
            authentication_method_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_authentication_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Confirm the enrollment of a supported authentication method

Confirm the enrollment of a supported authentication method.

Sends a `POST` request to `/authentication-methods/{authentication_method_id}/verify`

Arguments:
- `authentication_method_id`: Authentication Method ID. This value is part of the Location header returned when creating an authentication method. It should be used as it is, without any modifications.
- `body`
*/
    pub async fn confirm_authentication_method<'a>(
        &'a self,
        authentication_method_id: &'a str,
        body: &'a crate::my_account::types::VerifyAuthenticationMethodRequestContent,
    ) -> Result<
        ResponseValue<
            crate::my_account::types::VerifyAuthenticationMethodResponseContent,
        >,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!(
            "{}/authentication-methods/{}/verify", self.baseurl, encode_path(&
            authentication_method_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "confirm_authentication_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a connected account request

Start an authorization flow to link the authenticated user's account with an external identity provider.

Sends a `POST` request to `/connected-accounts/connect`

*/
    pub async fn create_connected_account_request<'a>(
        &'a self,
        body: &'a crate::my_account::types::CreateConnectedAccountsRequestContent,
    ) -> Result<
        ResponseValue<crate::my_account::types::CreateConnectedAccountsResponseContent>,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/connected-accounts/connect", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_connected_account_request",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Complete a connected account request

Complete a previously started authorization flow to link the authenticated user's account with an external identity provider.

Sends a `POST` request to `/connected-accounts/complete`

*/
    pub async fn complete_connected_account_request<'a>(
        &'a self,
        body: &'a crate::my_account::types::CompleteConnectedAccountsRequestContent,
    ) -> Result<
        ResponseValue<
            crate::my_account::types::CompleteConnectedAccountsResponseContent,
        >,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/connected-accounts/complete", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "complete_connected_account_request",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get a list of connected accounts

Retrieve connected accounts belonging to the authenticated user.

Sends a `GET` request to `/connected-accounts/accounts`

Arguments:
- `connection`: Filter connected accounts by connection names
- `from`: Cursor for pagination - start retrieving results from this point
- `take`: Number of results to return (1-20)
*/
    pub async fn get_connected_accounts<'a>(
        &'a self,
        connection: Option<&'a crate::my_account::types::ConnectionNamesFilter>,
        from: Option<&'a str>,
        take: Option<::std::num::NonZeroU64>,
    ) -> Result<
        ResponseValue<crate::my_account::types::ListConnectedAccountsResponseContent>,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/connected-accounts/accounts", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("connection", &connection))
            .query(&progenitor_client::QueryParam::new("from", &from))
            .query(&progenitor_client::QueryParam::new("take", &take))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_connected_accounts",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get a list of available connections for connected accounts

Retrieve available connections that can be used for account linking by the authenticated user.

Sends a `GET` request to `/connected-accounts/connections`

Arguments:
- `from`: Cursor for pagination - start retrieving results from this point
- `take`: Number of results to return (1-20)
*/
    pub async fn get_connected_accounts_connections<'a>(
        &'a self,
        from: Option<&'a str>,
        take: Option<::std::num::NonZeroU64>,
    ) -> Result<
        ResponseValue<
            crate::my_account::types::ListConnectedAccountsConnectionsResponseContent,
        >,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/connected-accounts/connections", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("from", &from))
            .query(&progenitor_client::QueryParam::new("take", &take))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_connected_accounts_connections",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Delete a connected account by ID

Delete a connected account belonging to the authenticated user.

Sends a `DELETE` request to `/connected-accounts/accounts/{id}`

Arguments:
- `id`: The unique identifier of the connected account
*/
    pub async fn delete_connected_account<'a>(
        &'a self,
        id: &'a crate::my_account::types::ConnectedAccountId,
    ) -> Result<ResponseValue<()>, Error<crate::my_account::types::ErrorResponse>> {
        let url = format!(
            "{}/connected-accounts/accounts/{}", self.baseurl, encode_path(& id
            .to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_connected_account",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List user consents

Retrieve the list of consents for the authenticated user.

Sends a `GET` request to `/consents`

*/
    pub async fn get_consents<'a>(
        &'a self,
    ) -> Result<
        ResponseValue<crate::my_account::types::ListConsentsResponseContent>,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/consents", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_consents",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Get a consent by ID

Retrieve a specific consent for the authenticated user by ID.

Sends a `GET` request to `/consents/{consent_id}`

Arguments:
- `consent_id`: The ID of the consent to retrieve
*/
    pub async fn get_consent<'a>(
        &'a self,
        consent_id: &'a str,
    ) -> Result<
        ResponseValue<crate::my_account::types::GetConsentResponseContent>,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!(
            "{}/consents/{}", self.baseurl, encode_path(& consent_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_consent",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**List user organizations

Retrieve the list of organizations the authenticated user belongs to.

Sends a `GET` request to `/organizations`

Arguments:
- `from`: Cursor for pagination - start retrieving results from this point
- `take`: Number of results to return (1-100)
*/
    pub async fn get_organizations<'a>(
        &'a self,
        from: Option<&'a str>,
        take: Option<::std::num::NonZeroU64>,
    ) -> Result<
        ResponseValue<crate::my_account::types::ListOrganizationsResponseContent>,
        Error<crate::my_account::types::ErrorResponse>,
    > {
        let url = format!("{}/organizations", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("from", &from))
            .query(&progenitor_client::QueryParam::new("take", &take))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_organizations",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
/// Sends each request through the client's [`RetryPolicy`](crate::runtime::retry::RetryPolicy):
/// 429 and 408 are retried, 5xx only for methods that may be sent twice.
impl ClientHooks<crate::runtime::retry::RetryPolicy> for Client {
    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        crate::runtime::retry::execute(&self.client, &self.inner, request).await
    }
}
