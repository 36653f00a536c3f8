//! The connection's password policy (the spec's `PasswordAuthenticationMethodPolicy`)
//! as plain Rust types, and the check of a new password against it.
//!
//! The caller maps the generated API types onto these, so this module has no
//! serde and no dependency on the generated code. Password history is not
//! checked here: only the caller holds the previous hashes, so it compares them
//! itself; [`History`] is kept so the policy round-trips whole.

use crate::common_passwords::COMMON_PASSWORDS;

use std::fmt;

/// The longest password kept, in bytes (bcrypt only reads the first 72).
pub const MAX_BYTES: usize = 72;

/// The spec's `PasswordCharacterTypeEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharacterType {
    Uppercase,
    Lowercase,
    Number,
    Special,
}

impl CharacterType {
    /// The spec's name for the type, used in messages so they read like the policy.
    pub fn name(self) -> &'static str {
        match self {
            CharacterType::Uppercase => "uppercase",
            CharacterType::Lowercase => "lowercase",
            CharacterType::Number => "number",
            CharacterType::Special => "special",
        }
    }

    /// Whether `c` is of this type. Letters use Unicode case so "É" counts as
    /// uppercase; anything neither a letter nor a digit (punctuation, symbols,
    /// spaces) is special. Letters without case (e.g. CJK) are neither upper-
    /// nor lowercase, and not special either, since they are alphabetic.
    fn matches(self, c: char) -> bool {
        match self {
            CharacterType::Uppercase => c.is_uppercase(),
            CharacterType::Lowercase => c.is_lowercase(),
            CharacterType::Number => c.is_numeric(),
            CharacterType::Special => !c.is_alphanumeric(),
        }
    }
}

impl fmt::Display for CharacterType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The spec's `PasswordCharacterTypeRuleEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharacterTypeRule {
    /// Every listed type must be present.
    All,
    /// Three of the four types; when fewer than four are listed, all of them.
    ThreeOfFour,
}

/// The spec's `PasswordIdenticalCharactersEnum` and
/// `PasswordSequentialCharactersEnum`, which share their values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowance {
    Allow,
    Block,
}

/// The spec's `PasswordMaxLengthExceededEnum`: what happens past [`MAX_BYTES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaxLengthExceeded {
    /// Keep the first [`MAX_BYTES`] bytes (on a character boundary).
    Truncate,
    /// Refuse the password.
    Error,
}

/// The spec's `PasswordDictionaryDefaultEnum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictionaryDefault {
    En10k,
    En100k,
}

/// The spec's `PasswordComplexityPolicy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Complexity {
    /// Minimum length in characters (not bytes).
    pub min_length: usize,
    pub character_types: Vec<CharacterType>,
    pub character_type_rule: CharacterTypeRule,
    pub identical_characters: Allowance,
    pub sequential_characters: Allowance,
    pub max_length_exceeded: MaxLengthExceeded,
}

/// The spec's `PasswordProfileDataPolicy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileData {
    pub active: bool,
    /// Profile field names, e.g. `name`, `email`, `user_metadata.first`.
    pub blocked_fields: Vec<String>,
}

/// The spec's `PasswordHistoryPolicy`; enforced by the caller, not by [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    pub active: bool,
    pub size: usize,
}

/// The spec's `PasswordDictionaryPolicy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dictionary {
    pub active: bool,
    pub default: DictionaryDefault,
}

/// The spec's `PasswordAuthenticationMethodPolicy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub complexity: Complexity,
    pub profile_data: ProfileData,
    pub history: History,
    pub dictionary: Dictionary,
}

/// One rule the password breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The rule's name: `max_length`, `min_length`, `character_types`,
    /// `identical_characters`, `sequential_characters`, `profile_data` or `dictionary`.
    pub rule: &'static str,
    /// Says what the rule wants, for the user; never echoes the password.
    pub message: String,
}

/// The policy of the spec's `PasswordCreationResponse` example (the
/// `password` example of the enrollment response). Its values are used as the
/// spec gives them: character types in the order lowercase, uppercase, number,
/// special, and `max_length_exceeded: truncate`.
pub fn default_policy() -> Policy {
    Policy {
        complexity: Complexity {
            min_length: 8,
            character_types: vec![
                CharacterType::Lowercase,
                CharacterType::Uppercase,
                CharacterType::Number,
                CharacterType::Special,
            ],
            character_type_rule: CharacterTypeRule::ThreeOfFour,
            identical_characters: Allowance::Block,
            sequential_characters: Allowance::Block,
            max_length_exceeded: MaxLengthExceeded::Truncate,
        },
        profile_data: ProfileData {
            active: true,
            blocked_fields: vec!["name".to_owned(), "email".to_owned()],
        },
        history: History {
            active: true,
            size: 5,
        },
        dictionary: Dictionary {
            active: true,
            default: DictionaryDefault::En10k,
        },
    }
}

/// The part of `password` that is stored: with `Truncate`, at most
/// [`MAX_BYTES`] bytes, cut back to a character boundary so no UTF-8 sequence
/// is split; with `Error`, the whole password (a longer one is refused by
/// [`check`] rather than shortened).
pub fn kept<'a>(policy: &Policy, password: &'a str) -> &'a str {
    if policy.complexity.max_length_exceeded == MaxLengthExceeded::Error
        || password.len() <= MAX_BYTES
    {
        return password;
    }
    // Index 0 is always a boundary, so the fallback is never taken.
    let end = (0..=MAX_BYTES)
        .rev()
        .find(|&i| password.is_char_boundary(i))
        .unwrap_or(0);
    password.get(..end).unwrap_or("")
}

/// Checks a new password against `policy`, returning one entry per broken
/// rule in a fixed order (see [`Broken::rule`]); empty means accepted.
///
/// `profile` holds the user's profile fields as (field name, value) pairs;
/// only those named in `blocked_fields` are looked at. The rules after
/// `max_length` apply to what [`kept`] keeps, since that is what will be the
/// password from now on.
pub fn check(policy: &Policy, password: &str, profile: &[(&str, &str)]) -> Vec<Broken> {
    let complexity = &policy.complexity;
    let mut broken = Vec::new();

    if complexity.max_length_exceeded == MaxLengthExceeded::Error && password.len() > MAX_BYTES {
        broken.push(Broken {
            rule: "max_length",
            message: format!("must be at most {MAX_BYTES} bytes long"),
        });
    }

    let password = kept(policy, password);
    let chars: Vec<char> = password.chars().collect();
    let lowered = password.to_lowercase();

    if chars.len() < complexity.min_length {
        broken.push(Broken {
            rule: "min_length",
            message: format!("must be at least {} characters long", complexity.min_length),
        });
    }

    if let Some(message) = character_types_problem(complexity, &chars) {
        broken.push(Broken {
            rule: "character_types",
            message,
        });
    }

    if complexity.identical_characters == Allowance::Block && has_identical_run(&chars) {
        broken.push(Broken {
            rule: "identical_characters",
            message: "must not contain 3 or more identical characters in a row (such as aaa)"
                .to_owned(),
        });
    }

    if complexity.sequential_characters == Allowance::Block && has_sequential_run(&chars) {
        broken.push(Broken {
            rule: "sequential_characters",
            message:
                "must not contain 3 or more sequential characters in a row (such as abc or 321)"
                    .to_owned(),
        });
    }

    if policy.profile_data.active {
        let fields = profile_fields_used(&policy.profile_data, &lowered, profile);
        if !fields.is_empty() {
            broken.push(Broken {
                rule: "profile_data",
                message: format!("must not contain your profile data ({})", fields.join(", ")),
            });
        }
    }

    if policy.dictionary.active && COMMON_PASSWORDS.contains(&lowered.as_str()) {
        broken.push(Broken {
            rule: "dictionary",
            message: "is too common".to_owned(),
        });
    }

    broken
}

/// The message for the `character_types` rule, or `None` when it holds.
fn character_types_problem(complexity: &Complexity, chars: &[char]) -> Option<String> {
    // A type listed twice should not count twice towards "three of four".
    let mut listed: Vec<CharacterType> = Vec::new();
    for &kind in &complexity.character_types {
        if !listed.contains(&kind) {
            listed.push(kind);
        }
    }
    let missing: Vec<CharacterType> = listed
        .iter()
        .copied()
        .filter(|&kind| !chars.iter().any(|&c| kind.matches(c)))
        .collect();
    let required = match complexity.character_type_rule {
        CharacterTypeRule::All => listed.len(),
        CharacterTypeRule::ThreeOfFour => listed.len().min(3),
    };
    let present = listed.len() - missing.len();
    if present >= required {
        return None;
    }
    let names = |kinds: &[CharacterType]| {
        kinds
            .iter()
            .map(|kind| kind.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let wanted = if required == listed.len() {
        format!("every one of: {}", names(&listed))
    } else {
        format!("at least {required} of: {}", names(&listed))
    };
    Some(format!(
        "must contain {wanted}; missing: {}",
        names(&missing)
    ))
}

fn has_identical_run(chars: &[char]) -> bool {
    chars.windows(3).any(|w| w[0] == w[1] && w[1] == w[2])
}

/// Three code points in a row that step up or down by one, after folding
/// letters to lowercase so "aBc" counts like "abc".
fn has_sequential_run(chars: &[char]) -> bool {
    let folded: Vec<i64> = chars
        .iter()
        .map(|&c| i64::from(u32::from(fold_case(c))))
        .collect();
    folded.windows(3).any(|w| {
        let up = w[1] - w[0] == 1 && w[2] - w[1] == 1;
        let down = w[0] - w[1] == 1 && w[1] - w[2] == 1;
        up || down
    })
}

/// Lowercase of `c` when it is a single character; otherwise `c` itself (a
/// few characters lowercase to two, and those are no part of a sequence).
fn fold_case(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(single), None) => single,
        _ => c,
    }
}

/// Names of the blocked fields whose value (or, for an email, the part
/// before `@`) appears in the lowercased password. Values shorter than three
/// characters are skipped: they would block far too many passwords.
fn profile_fields_used<'a>(
    policy: &ProfileData,
    lowered_password: &str,
    profile: &[(&'a str, &str)],
) -> Vec<&'a str> {
    let mut used: Vec<&'a str> = Vec::new();
    for &(field, value) in profile {
        if !policy.blocked_fields.iter().any(|blocked| blocked == field) || used.contains(&field) {
            continue;
        }
        let value = value.trim();
        let mut needles = vec![value];
        if let Some((local, _domain)) = value.rsplit_once('@') {
            needles.push(local.trim());
        }
        let found = needles.iter().any(|needle| {
            needle.chars().count() >= 3 && lowered_password.contains(&needle.to_lowercase())
        });
        if found {
            used.push(field);
        }
    }
    used
}


#[cfg(test)]
mod tests {
    use super::*;

    /// A policy in which no rule can break, so a test can switch on one rule
    /// at a time and see it break alone.
    fn permissive() -> Policy {
        Policy {
            complexity: Complexity {
                min_length: 0,
                character_types: Vec::new(),
                character_type_rule: CharacterTypeRule::All,
                identical_characters: Allowance::Allow,
                sequential_characters: Allowance::Allow,
                max_length_exceeded: MaxLengthExceeded::Truncate,
            },
            profile_data: ProfileData {
                active: false,
                blocked_fields: Vec::new(),
            },
            history: History {
                active: false,
                size: 0,
            },
            dictionary: Dictionary {
                active: false,
                default: DictionaryDefault::En10k,
            },
        }
    }

    fn rules(broken: &[Broken]) -> Vec<&'static str> {
        broken.iter().map(|b| b.rule).collect()
    }

    #[test]
    fn permissive_policy_breaks_nothing() {
        assert_eq!(check(&permissive(), "", &[]), Vec::new());
        assert_eq!(check(&permissive(), "aaaabc", &[]), Vec::new());
    }

    #[test]
    fn max_length_error_breaks_alone() {
        let mut policy = permissive();
        policy.complexity.max_length_exceeded = MaxLengthExceeded::Error;
        let too_long = "x".repeat(MAX_BYTES + 1);
        let broken = check(&policy, &too_long, &[]);
        assert_eq!(
            broken,
            vec![Broken {
                rule: "max_length",
                message: "must be at most 72 bytes long".to_owned(),
            }]
        );
        assert!(check(&policy, &"x".repeat(MAX_BYTES), &[]).is_empty());
        // Bytes, not characters: 37 two-byte characters are 74 bytes.
        assert_eq!(rules(&check(&policy, &"é".repeat(37), &[])), ["max_length"]);
        // With Error nothing is shortened.
        assert_eq!(kept(&policy, &too_long), too_long);
    }

    #[test]
    fn max_length_truncate_is_not_an_error() {
        let policy = permissive();
        let too_long = "x".repeat(100);
        assert!(check(&policy, &too_long, &[]).is_empty());
        assert_eq!(kept(&policy, &too_long).len(), MAX_BYTES);
    }

    #[test]
    fn truncation_lands_on_a_character_boundary() {
        let policy = permissive();
        // 71 bytes then a 2-byte "é": byte 72 is inside it, so it goes whole.
        let two = format!("{}é", "a".repeat(71));
        assert_eq!(kept(&policy, &two), "a".repeat(71));
        // 70 bytes then a 3-byte "€" ends at 73: dropped whole.
        let three = format!("{}€b", "a".repeat(70));
        assert_eq!(kept(&policy, &three), "a".repeat(70));
        // 68 bytes then a 4-byte emoji ends exactly at 72: kept.
        let four = format!("{}😀b", "a".repeat(68));
        assert_eq!(kept(&policy, &four), format!("{}😀", "a".repeat(68)));
        // Short passwords are untouched.
        assert_eq!(kept(&policy, "héllo"), "héllo");
    }

    #[test]
    fn rules_apply_to_the_kept_part() {
        let mut policy = permissive();
        policy.complexity.identical_characters = Allowance::Block;
        // "aaa" sits past byte 72, so it is cut off and never stored.
        let password = format!("{}aaa", "ab".repeat(36));
        assert!(check(&policy, &password, &[]).is_empty());
        let inside = format!("aaa{}", "ab".repeat(36));
        assert_eq!(
            rules(&check(&policy, &inside, &[])),
            ["identical_characters"]
        );
    }

    #[test]
    fn min_length_counts_characters_not_bytes() {
        let mut policy = permissive();
        policy.complexity.min_length = 4;
        // Three characters but six bytes.
        assert_eq!(
            check(&policy, "ééé", &[]),
            vec![Broken {
                rule: "min_length",
                message: "must be at least 4 characters long".to_owned(),
            }]
        );
        assert!(check(&policy, "éééé", &[]).is_empty());
    }

    #[test]
    fn three_of_four_with_four_listed() {
        let mut policy = permissive();
        policy.complexity.character_type_rule = CharacterTypeRule::ThreeOfFour;
        policy.complexity.character_types = default_policy().complexity.character_types;
        // Lower, upper and number: three of four is enough.
        assert!(check(&policy, "xyzQ7", &[]).is_empty());
        // Lower, upper and special.
        assert!(check(&policy, "xyzQ!", &[]).is_empty());
        // All four.
        assert!(check(&policy, "xyzQ7!", &[]).is_empty());
        // Lower and upper only.
        assert_eq!(
            check(&policy, "xyzQ", &[]),
            vec![Broken {
                rule: "character_types",
                message: "must contain at least 3 of: lowercase, uppercase, number, special; \
                          missing: number, special"
                    .to_owned(),
            }]
        );
    }

    #[test]
    fn three_of_four_with_fewer_listed_wants_them_all() {
        let mut policy = permissive();
        policy.complexity.character_type_rule = CharacterTypeRule::ThreeOfFour;
        policy.complexity.character_types = vec![CharacterType::Number, CharacterType::Special];
        assert!(check(&policy, "7!", &[]).is_empty());
        assert_eq!(
            check(&policy, "x7", &[]),
            vec![Broken {
                rule: "character_types",
                message: "must contain every one of: number, special; missing: special".to_owned(),
            }]
        );
    }

    #[test]
    fn all_with_two_listed() {
        let mut policy = permissive();
        policy.complexity.character_types = vec![CharacterType::Uppercase, CharacterType::Number];
        assert!(check(&policy, "XY7", &[]).is_empty());
        // Lowercase is not listed, so its absence does not matter.
        assert!(check(&policy, "X7", &[]).is_empty());
        assert_eq!(
            check(&policy, "xy7", &[]),
            vec![Broken {
                rule: "character_types",
                message: "must contain every one of: uppercase, number; missing: uppercase"
                    .to_owned(),
            }]
        );
        assert_eq!(
            check(&policy, "", &[])[0].message,
            "must contain every one of: uppercase, number; missing: uppercase, number"
        );
    }

    #[test]
    fn duplicated_types_count_once() {
        let mut policy = permissive();
        policy.complexity.character_type_rule = CharacterTypeRule::ThreeOfFour;
        policy.complexity.character_types = vec![
            CharacterType::Number,
            CharacterType::Number,
            CharacterType::Number,
            CharacterType::Special,
        ];
        // Two distinct types listed, so both are needed.
        assert_eq!(rules(&check(&policy, "777", &[])), ["character_types"]);
        assert!(check(&policy, "7#", &[]).is_empty());
    }

    #[test]
    fn character_classes() {
        assert!(CharacterType::Uppercase.matches('É'));
        assert!(CharacterType::Lowercase.matches('ß'));
        assert!(CharacterType::Number.matches('0'));
        assert!(CharacterType::Special.matches(' '));
        assert!(CharacterType::Special.matches('#'));
        assert!(!CharacterType::Special.matches('a'));
        assert!(!CharacterType::Special.matches('字'));
    }

    #[test]
    fn identical_characters_when_blocked() {
        let mut policy = permissive();
        policy.complexity.identical_characters = Allowance::Block;
        assert_eq!(
            check(&policy, "xaaay", &[]),
            vec![Broken {
                rule: "identical_characters",
                message: "must not contain 3 or more identical characters in a row (such as aaa)"
                    .to_owned(),
            }]
        );
        assert_eq!(
            rules(&check(&policy, "1111", &[])),
            ["identical_characters"]
        );
        assert_eq!(rules(&check(&policy, "ééé", &[])), ["identical_characters"]);
        assert!(check(&policy, "xaayaa", &[]).is_empty());
        // Case matters: these are not identical characters.
        assert!(check(&policy, "aAa", &[]).is_empty());
    }

    #[test]
    fn sequential_characters_when_blocked() {
        let mut policy = permissive();
        policy.complexity.sequential_characters = Allowance::Block;
        let message =
            "must not contain 3 or more sequential characters in a row (such as abc or 321)";
        assert_eq!(
            check(&policy, "xabcx", &[]),
            vec![Broken {
                rule: "sequential_characters",
                message: message.to_owned(),
            }]
        );
        for password in ["321", "aBc", "CbA", "XYZ", "789", "zyx", "pw4567"] {
            assert_eq!(
                rules(&check(&policy, password, &[])),
                ["sequential_characters"],
                "{password:?}"
            );
        }
        for password in ["abd", "135", "ab", "aba", "acb", "12x34"] {
            assert!(check(&policy, password, &[]).is_empty(), "{password:?}");
        }
    }

    #[test]
    fn allowed_runs_are_not_reported() {
        let policy = permissive();
        assert!(check(&policy, "aaa123abc", &[]).is_empty());
    }

    #[test]
    fn profile_data_when_active() {
        let mut policy = permissive();
        policy.profile_data = ProfileData {
            active: true,
            blocked_fields: vec!["name".to_owned(), "email".to_owned()],
        };
        let profile = [
            ("name", "Alice"),
            ("email", "Bob.Smith@Example.com"),
            ("nickname", "zed"),
        ];
        assert_eq!(
            check(&policy, "my-ALICE-99", &profile),
            vec![Broken {
                rule: "profile_data",
                message: "must not contain your profile data (name)".to_owned(),
            }]
        );
        // The local part of the email, case-insensitively.
        assert_eq!(
            check(&policy, "xxbob.smithxx", &profile)[0].message,
            "must not contain your profile data (email)"
        );
        // The whole email too.
        assert_eq!(
            rules(&check(&policy, "bob.smith@example.com", &profile)),
            ["profile_data"]
        );
        // Both fields, in profile order, in one entry.
        assert_eq!(
            check(&policy, "alice+bob.smith", &profile),
            vec![Broken {
                rule: "profile_data",
                message: "must not contain your profile data (name, email)".to_owned(),
            }]
        );
        // Not a blocked field.
        assert!(check(&policy, "zedzed", &profile).is_empty());
        // Nothing from the profile.
        assert!(check(&policy, "correct horse", &profile).is_empty());
        // Values shorter than three characters are not looked for.
        assert!(check(&policy, "xalx", &[("name", "Al")]).is_empty());
        assert_eq!(
            rules(&check(&policy, "xalix", &[("name", "Ali")])),
            ["profile_data"]
        );

        policy.profile_data.active = false;
        assert!(check(&policy, "my-ALICE-99", &profile).is_empty());
    }

    #[test]
    fn dictionary_when_active() {
        let mut policy = permissive();
        policy.dictionary.active = true;
        assert_eq!(
            check(&policy, "LetMeIn", &[]),
            vec![Broken {
                rule: "dictionary",
                message: "is too common".to_owned(),
            }]
        );
        assert_eq!(rules(&check(&policy, "123456", &[])), ["dictionary"]);
        // The whole password must be on the list, not just contain an entry.
        assert!(check(&policy, "letmein-not", &[]).is_empty());
        // The larger dictionary uses the same list.
        policy.dictionary.default = DictionaryDefault::En100k;
        assert_eq!(rules(&check(&policy, "qwerty", &[])), ["dictionary"]);
        policy.dictionary.active = false;
        assert!(check(&policy, "LetMeIn", &[]).is_empty());
    }

    #[test]
    fn common_password_list_is_long_lowercase_and_unique() {
        assert!(COMMON_PASSWORDS.len() >= 200, "{}", COMMON_PASSWORDS.len());
        for (i, entry) in COMMON_PASSWORDS.iter().enumerate() {
            assert_eq!(entry.to_lowercase(), *entry);
            assert!(
                !COMMON_PASSWORDS[..i].contains(entry),
                "duplicate {entry:?}"
            );
        }
        for entry in [
            "password", "123456", "qwerty", "letmein", "iloveyou", "admin", "welcome", "monkey",
            "dragon", "football",
        ] {
            assert!(COMMON_PASSWORDS.contains(&entry), "{entry:?}");
        }
    }

    #[test]
    fn several_broken_rules_come_in_order() {
        let mut policy = default_policy();
        policy.complexity.max_length_exceeded = MaxLengthExceeded::Error;
        policy.complexity.min_length = 100;
        // Lowercase only, with "aaa", "abc" and the user's name, over 72 bytes.
        let password = format!("aaa{}abc{}alice", "x".repeat(40), "y".repeat(30));
        assert!(password.len() > MAX_BYTES && password.chars().count() < 100);
        let broken = check(&policy, &password, &[("name", "Alice")]);
        assert_eq!(
            rules(&broken),
            [
                "max_length",
                "min_length",
                "character_types",
                "identical_characters",
                "sequential_characters",
                "profile_data",
            ]
        );
    }

    #[test]
    fn several_broken_rules_with_dictionary() {
        // abc123: short, two of four types, "abc" and "123", the name, and common.
        let broken = check(
            &default_policy(),
            "abc123",
            &[("name", "ABC1"), ("email", "x@y.z")],
        );
        assert_eq!(
            rules(&broken),
            [
                "min_length",
                "character_types",
                "sequential_characters",
                "profile_data",
                "dictionary",
            ]
        );
        assert_eq!(broken.len(), 5);
    }

    #[test]
    fn strong_password_passes_every_rule() {
        let profile = [("name", "Jane Doe"), ("email", "jane.doe@example.com")];
        assert_eq!(
            check(&default_policy(), "Tr0ub4dor&Zebra!", &profile),
            Vec::new()
        );
    }

    #[test]
    fn default_policy_uses_the_spec_example() {
        let policy = default_policy();
        assert_eq!(policy.complexity.min_length, 8);
        assert_eq!(
            policy.complexity.character_types,
            [
                CharacterType::Lowercase,
                CharacterType::Uppercase,
                CharacterType::Number,
                CharacterType::Special,
            ]
        );
        assert_eq!(
            policy.complexity.character_type_rule,
            CharacterTypeRule::ThreeOfFour
        );
        assert_eq!(policy.complexity.identical_characters, Allowance::Block);
        assert_eq!(policy.complexity.sequential_characters, Allowance::Block);
        assert_eq!(
            policy.complexity.max_length_exceeded,
            MaxLengthExceeded::Truncate
        );
        assert_eq!(policy.profile_data.blocked_fields, ["name", "email"]);
        assert!(policy.profile_data.active);
        assert_eq!(
            policy.history,
            History {
                active: true,
                size: 5
            }
        );
        assert_eq!(
            policy.dictionary,
            Dictionary {
                active: true,
                default: DictionaryDefault::En10k,
            }
        );
    }
}
