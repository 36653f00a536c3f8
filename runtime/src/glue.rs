//! The trait impls that are the same for every generated object type, and for every generated
//! enum of strings, as macros: a generated crate names them once per type instead of spelling
//! out the same four or five impls. They were a fifth of a `types` module's text, and building,
//! parsing and formatting that text was a tenth of regen's instructions on My Account (560 to 506
//! million without it): the generator's renderer does not parse a macro's arguments as Rust.
//!
//! Paths inside are absolute (`::core`, `$crate`), so a schema named `Result`, `Option` or
//! `String` does not change what the impls mean.

/// What `serde` the macros refer to, so that a crate using them needs no `serde` of its own
/// under that name.
#[doc(hidden)]
pub mod __private {
    pub use serde;
}

/// `serde::Deserialize` for a type that implements [`Decode`](crate::Decode): decoded with every
/// schema check, through [`deserialize`](crate::deserialize).
#[macro_export]
macro_rules! impl_deserialize {
    ($name:ident) => {
        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::deserialize(deserializer)
            }
        }
    };
}

/// The impls of a generated object type that implements [`DecodeMap`](crate::DecodeMap) and
/// [`WriteFields`](crate::WriteFields): [`Decode`](crate::Decode) from a map,
/// `serde::Serialize` as a map of its fields, [`Describe`](crate::Describe) by the type's name,
/// and `serde::Deserialize`.
#[macro_export]
macro_rules! object_impls {
    ($name:ident) => {
        impl $crate::Decode for $name {
            fn decode<'de, D: $crate::__private::serde::Deserializer<'de>>(
                d: D,
                cx: &mut $crate::Cx,
            ) -> ::core::result::Result<::core::option::Option<Self>, D::Error> {
                $crate::decode_object(d, cx)
            }
        }
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::serialize_struct(self, serializer)
            }
        }
        $crate::impl_describe!($name);
        $crate::impl_deserialize!($name);
    };
}

/// The impls of a generated enum of strings, which has an `as_str` method and implements
/// `FromStr`: `Display` and `serde::Serialize` as that string, [`Decode`](crate::Decode) from
/// a string through `FromStr`, [`Describe`](crate::Describe) by the type's name, and
/// `serde::Deserialize`.
#[macro_export]
macro_rules! enum_impls {
    ($name:ident) => {
        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl $crate::Decode for $name {
            fn decode<'de, D: $crate::__private::serde::Deserializer<'de>>(
                d: D,
                cx: &mut $crate::Cx,
            ) -> ::core::result::Result<::core::option::Option<Self>, D::Error> {
                $crate::decode_str(d, cx, <Self as ::core::str::FromStr>::from_str)
            }
        }
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        $crate::impl_describe!($name);
        $crate::impl_deserialize!($name);
    };
}

/// [`Describe`](crate::Describe) by the type's name, for a type that is not a union (a union
/// names its variant too).
#[macro_export]
macro_rules! impl_describe {
    ($name:ident) => {
        impl $crate::Describe for $name {
            fn describe(&self) -> ::std::string::String {
                ::std::string::String::from(::core::stringify!($name))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::{Cx, DecodeMap, Describe, WriteFields};

    /// An object type as the generator writes one: a map decoder and its fields' writer.
    #[derive(Debug, PartialEq)]
    struct Named {
        name: std::string::String,
    }

    impl DecodeMap for Named {
        fn decode_map<'de, A: serde::de::MapAccess<'de>>(mut map: A, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
            let mut name = None;
            while let Some(crate::Key(key)) = map.next_key()? {
                match key.as_ref() {
                    "name" => name = crate::field(&mut map, "name", &crate::of::<std::string::String>(), cx)?,
                    _ => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
            }
            Ok(crate::required(name, "name", cx).map(|name| Self { name }))
        }
    }

    impl WriteFields for Named {
        fn write_fields<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
            map.serialize_entry("name", &self.name)
        }
    }

    crate::object_impls!(Named);

    #[derive(Debug, PartialEq, Clone, Copy)]
    enum Color {
        Red,
    }

    impl Color {
        fn as_str(&self) -> &'static str {
            match self {
                Color::Red => "red",
            }
        }
    }

    impl std::str::FromStr for Color {
        type Err = std::string::String;
        fn from_str(s: &str) -> Result<Self, std::string::String> {
            match s {
                "red" => Ok(Color::Red),
                other => Err(format!("unknown value {other:?}; expected one of: red")),
            }
        }
    }

    crate::enum_impls!(Color);

    // The names the impls must not pick up from the scope they are expanded in.
    #[allow(dead_code)]
    mod shadowed {
        pub struct Result;
        pub struct Option;
        pub struct String;
        pub mod serde {}
    }

    mod expanded_among_shadows {
        #[allow(unused_imports)]
        use super::shadowed::*;
        pub struct Plain {}
        impl crate::DecodeMap for Plain {
            fn decode_map<'de, A: ::serde::de::MapAccess<'de>>(mut map: A, _: &mut crate::Cx) -> ::core::result::Result<::core::option::Option<Self>, A::Error> {
                while map.next_key::<::serde::de::IgnoredAny>()?.is_some() {
                    map.next_value::<::serde::de::IgnoredAny>()?;
                }
                Ok(Some(Plain {}))
            }
        }
        impl crate::WriteFields for Plain {
            fn write_fields<M: ::serde::ser::SerializeMap>(&self, _: &mut M) -> ::core::result::Result<(), M::Error> {
                Ok(())
            }
        }
        crate::object_impls!(Plain);
    }

    #[test]
    fn object_impls_decode_encode_and_describe() {
        let value: Named = serde_json::from_str(r#"{"name":"a","extra":1}"#).unwrap();
        assert_eq!(value, Named { name: "a".into() });
        assert_eq!(serde_json::to_string(&value).unwrap(), r#"{"name":"a"}"#);
        assert_eq!(value.describe(), "Named");
        let error = serde_json::from_str::<Named>(r#"{"name":1}"#).unwrap_err().to_string();
        assert!(error.contains("/name"), "{error}");
    }

    #[test]
    fn enum_impls_decode_encode_display_and_describe() {
        let value: Color = serde_json::from_str(r#""red""#).unwrap();
        assert_eq!(value, Color::Red);
        assert_eq!(serde_json::to_string(&value).unwrap(), r#""red""#);
        assert_eq!(value.to_string(), "red");
        assert_eq!(value.describe(), "Color");
        let error = serde_json::from_str::<Color>(r#""blue""#).unwrap_err().to_string();
        assert!(error.contains("unknown value \"blue\""), "{error}");
    }

    #[test]
    fn impls_expanded_among_shadowing_names_mean_the_same() {
        let value: expanded_among_shadows::Plain = serde_json::from_str("{}").unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), "{}");
        assert_eq!(value.describe(), "Plain");
    }
}
