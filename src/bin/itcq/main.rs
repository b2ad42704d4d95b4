//! `itcq`: the native face of the engine, for sales tooling, automation and tests.
//!
//! ```text
//! itcq framework                         the 7C framework: blocks, areas, services
//! itcq questions --bank quick|full       a question bank
//! itcq assess --answers FILE|- [--code]  score an answers file (or stdin) and plan
//! itcq decode CODE|LINK|-                reopen a result code (or a link holding one)
//! itcq batch INPUT...                    many results as one CSV sheet or JSON array
//! ```
//! `framework`, `questions`, `assess` and `decode` take `--format text|json` (text by
//! default); `batch` takes `--format csv|json` (CSV by default) and `--link-base URL`.
//! Bad input prints a message naming what was wrong and what is accepted, and exits with
//! code 2; `batch` still prints the inputs it could read and exits with 2 if any failed.

mod text;

mod cli {

    use super::text;
    use clap::{Parser, Subcommand, ValueEnum};
    use itcq::engine::config::is_web_url;
    use itcq::engine::export::{self, Scored};
    use itcq::engine::i18n::{english, named};
    use itcq::engine::{self, BankId, code, import};
    use itcq_briefing::Style;
    use serde::Serialize;
    use std::io::Read;
    use std::path::Path;
    use std::process::ExitCode;

    #[derive(Parser)]
    #[command(
        name = "itcq",
        version,
        about = "ITCq: the IT Competitiveness quotient (7C IT Management Framework)",
        after_help = "Bad input prints a message naming what was wrong and what is accepted, and exits with code 2."
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Print the 7C framework: blocks, delivery areas and services.
        Framework {
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
        },
        /// Print a question bank.
        Questions {
            /// Which bank.
            #[arg(long, value_enum)]
            bank: Bank,
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
        },
        /// Score an answers file and print the report with its action plan and result code.
        Assess {
            /// The answers file (JSON), or `-` for standard input.
            #[arg(long)]
            answers: String,
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
            /// Print only the result code (the text after `#itcq=` in a results link).
            #[arg(long, conflicts_with = "format")]
            code: bool,
            /// The day the assessment was taken (YYYY-MM-DD), carried by the result code.
            #[arg(long, value_name = "DATE")]
            taken_on: Option<String>,
        },
        /// Reopen a result: print the report of a result code, with the day it was taken
        /// and the contact details when the code carries them.
        #[command(
            after_help = "The JSON format is the export document: {format, schema_version, result_code, taken_on, contact, report}."
        )]
        Decode {
            /// A result code, a link with `#itcq=<code>` in it, a file holding one of
            /// them or a JSON export, or `-` to read it from standard input.
            input: String,
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
            /// The MSP's configuration file (JSON): its own questions, weights, targets and
            /// texts apply, as in their widget. A result with questions of the MSP's own
            /// opens only with it.
            #[arg(long, value_name = "FILE")]
            config: Option<String>,
        },
        /// Print the rep briefing of a result: the prospect's own answers in the weakest
        /// areas, an opener and a discovery question for each, the first project, the
        /// services to propose, the call agenda and the plan (Markdown or plain text to
        /// paste into a CRM, or JSON with the follow-up email).
        Briefing {
            /// A result code, a link with `#itcq=<code>` in it, a file holding one of
            /// them or a JSON export, or `-` to read it from standard input.
            input: String,
            #[arg(long, value_enum, default_value_t = BriefingFormat::Md)]
            format: BriefingFormat,
            /// The MSP's configuration file (JSON), as for `decode`.
            #[arg(long, value_name = "FILE")]
            config: Option<String>,
        },
        /// Check an MSP configuration file (the widget's `data-config`) and list every
        /// problem with its JSON path.
        Config {
            /// The configuration file (JSON), or `-` for standard input.
            file: String,
        },
        /// Read many results and print them as one CSV sheet (for a CRM) or a JSON array of
        /// export documents.
        #[command(
            after_help = "Inputs that cannot be read are reported on standard error as `<input>: <message>`; the others are still printed, and the exit code is 2."
        )]
        Batch {
            /// Each is a file (a JSON export, a JSON array of exports, or a text file with
            /// one result code or link per line), `-` for such text on standard input, or,
            /// when no file of that name exists, a result code or link itself.
            #[arg(required = true, value_name = "INPUT")]
            inputs: Vec<String>,
            #[arg(long, value_enum, default_value_t = BatchFormat::Csv)]
            format: BatchFormat,
            /// The page that reopens a result (an http:// or https:// URL); fills the
            /// result link column or field as `<URL>#itcq=<code>`.
            #[arg(long, value_name = "URL")]
            link_base: Option<String>,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Text,
        Json,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum BriefingFormat {
        Md,
        Text,
        Json,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum BatchFormat {
        Csv,
        Json,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Bank {
        Quick,
        Full,
    }

    impl From<Bank> for BankId {
        fn from(b: Bank) -> BankId {
            match b {
                Bank::Quick => BankId::Quick,
                Bank::Full => BankId::Full,
            }
        }
    }

    /// What a command prints: its output, and the inputs it had to skip (batch only).
    struct Output {
        stdout: String,
        problems: Vec<String>,
    }

    impl From<String> for Output {
        fn from(stdout: String) -> Output {
            Output {
                stdout,
                problems: Vec::new(),
            }
        }
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        match run(cli.command) {
            Ok(out) => {
                print!("{}", out.stdout);
                for p in &out.problems {
                    eprintln!("itcq: {p}");
                }
                if out.problems.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(2)
                }
            }
            Err(message) => {
                eprintln!("itcq: {message}");
                ExitCode::from(2)
            }
        }
    }

    fn run(command: Command) -> Result<Output, String> {
        match command {
            Command::Config { file } => {
                let input = read_input(&file)?;
                let (custom, issues) = engine::custom::read_json(&input);
                if issues.is_empty() {
                    let mut out = format!(
                        "{file}: valid (schema version {}): {} settings, {} hidden questions, {} own questions, {} weights, {} target rows, {} services, {} texts\n",
                        engine::custom::VERSION,
                        custom.settings.len(),
                        custom.hidden.len(),
                        custom.bank.extras,
                        custom.tuning.weights.len(),
                        custom.tuning.targets.len(),
                        custom.offers.len(),
                        custom.texts.len()
                    );
                    // Valid, but some fields cannot take effect: said, not refused.
                    for w in &custom.warnings {
                        out.push_str(&format!("{file}: note: {w}\n"));
                    }
                    return Ok(out.into());
                }
                Ok(Output {
                    stdout: String::new(),
                    problems: issues.iter().map(|i| format!("{file}: {i}")).collect(),
                })
            }
            Command::Framework { format } => Ok(match format {
                Format::Text => text::framework(english()),
                Format::Json => json(&named::framework(english())),
            }
            .into()),
            Command::Questions { bank, format } => {
                let bank = BankId::from(bank).bank();
                Ok(match format {
                    Format::Text => text::questions(bank, english()),
                    Format::Json => json(&named::bank(bank, english())),
                }
                .into())
            }
            Command::Assess {
                answers,
                format,
                code,
                taken_on,
            } => {
                let day = match taken_on.as_deref() {
                    Some(d) => Some(
                        engine::date::Date::parse(d)
                            .map_err(|e| e.to_string())
                            .and_then(code::check_day)
                            .map_err(|e| format!("--taken-on: {e}"))?,
                    ),
                    None => None,
                };
                let input = read_input(&answers)?;
                let source = if answers == "-" { "stdin" } else { &answers };
                let assessment =
                    import::assessment(&input).map_err(|e| format!("{source}: {e}"))?;
                let valid = assessment
                    .validate()
                    .map_err(|e| format!("{source}: {e}"))?;
                let report = engine::assess_answers(&assessment.profile, &valid);
                let result_code = code::encode(&assessment.profile, &valid, day, None);
                Ok(if code {
                    format!("{result_code}\n")
                } else {
                    match format {
                        Format::Text => text::result(&report, english(), &result_code, day, None),
                        Format::Json => json(&named::report(&report, english())),
                    }
                }
                .into())
            }
            Command::Decode {
                input,
                format,
                config,
            } => {
                let (scored, texts, _) = open_result(&input, config)?;
                Ok(match format {
                    Format::Text => text::result(
                        &scored.report,
                        &texts,
                        &scored.code,
                        scored.decoded.taken_on,
                        scored.decoded.lead.as_ref(),
                    ),
                    Format::Json => {
                        let mut doc = export::json(&scored, None, &texts);
                        doc.push('\n');
                        doc
                    }
                }
                .into())
            }
            Command::Briefing {
                input,
                format,
                config,
            } => {
                let (scored, texts, custom) = open_result(&input, config)?;
                let b = itcq_briefing::with_offers(
                    itcq_briefing::briefing(
                        &scored,
                        &texts,
                        itcq_briefing::link_base(&input).as_deref(),
                    ),
                    &custom,
                    &texts,
                );
                Ok(match format {
                    BriefingFormat::Md => itcq_briefing::crm(&b, &texts, Style::Markdown),
                    BriefingFormat::Text => itcq_briefing::crm(&b, &texts, Style::Text),
                    BriefingFormat::Json => {
                        let mut doc =
                            serde_json::to_string_pretty(&b).map_err(|e| e.to_string())?;
                        doc.push('\n');
                        doc
                    }
                }
                .into())
            }
            Command::Batch {
                inputs,
                format,
                link_base,
            } => {
                if let Some(base) = link_base.as_deref().filter(|b| !is_web_url(b)) {
                    return Err(format!(
                        "--link-base {base:?} is not a web address; expected an absolute http:// or https:// URL such as https://msp.example/check"
                    ));
                }
                let base = link_base.as_deref().map(str::trim);
                let mut batch = Batch {
                    format,
                    base,
                    csv: export::csv_header(),
                    docs: Vec::new(),
                    read: 0,
                    problems: Vec::new(),
                };
                let mut stdin_read = false;
                for input in &inputs {
                    if input == "-" {
                        if std::mem::replace(&mut stdin_read, true) {
                            continue;
                        }
                        match read_input("-") {
                            Ok(t) => batch.file("stdin", &t),
                            Err(e) => batch.problems.push(e),
                        }
                    } else if Path::new(input).exists() {
                        match read_input(input) {
                            Ok(t) => batch.file(input, &t),
                            Err(e) => batch.problems.push(e),
                        }
                    } else {
                        match export::read(input) {
                            Ok(s) => batch.push(&s),
                            Err(e) => batch.problems.push(not_a_file(input, &e)),
                        }
                    }
                }
                let stdout = match format {
                    BatchFormat::Csv => batch.csv,
                    BatchFormat::Json => json_array(batch.docs),
                };
                Ok(Output {
                    stdout,
                    problems: batch.problems,
                })
            }
        }
    }

    /// The results and the problems of a batch so far. Each result is formatted as it is
    /// read (a CSV line or an export document), so 100,000 results keep their lines in
    /// memory, not their reports.
    struct Batch<'a> {
        format: BatchFormat,
        base: Option<&'a str>,
        /// The CSV sheet so far (its header first).
        csv: String,
        /// The export documents so far (JSON).
        docs: Vec<String>,
        /// Results read.
        read: usize,
        problems: Vec<String>,
    }

    impl Batch<'_> {
        /// Formats one result.
        fn push(&mut self, s: &Scored) {
            self.read += 1;
            match self.format {
                BatchFormat::Csv => self.csv.push_str(&export::csv_row(s, self.base, english())),
                BatchFormat::Json => self.docs.push(export::json(s, self.base, english())),
            }
        }

        /// Reads one file's text: a JSON export, a JSON array of exports, or one code or
        /// link per line (blank lines skipped).
        fn file(&mut self, name: &str, text: &str) {
            let text = text.trim_start_matches('\u{feff}');
            let trimmed = text.trim();
            if trimmed.starts_with('{') {
                match export::read(trimmed) {
                    Ok(s) => self.push(&s),
                    Err(e) => self.problems.push(format!("{name}: {e}")),
                }
                return;
            }
            if trimmed.starts_with('[') {
                let items = match serde_json::from_str::<Vec<serde_json::Value>>(trimmed) {
                    Ok(items) => items,
                    Err(e) => {
                        self.problems.push(format!(
                            "{name}: not a JSON array of ITCq exports ({e}); expected a JSON export, an array of them, or one result code or link per line"
                        ));
                        return;
                    }
                };
                for (i, item) in items.iter().enumerate() {
                    let read = if item.is_object() {
                        export::read(&item.to_string()).map_err(|e| e.to_string())
                    } else {
                        Err(format!(
                            "not an ITCq JSON export; expected an object with \"format\": \"{}\" and \"result_code\"",
                            export::EXPORT_FORMAT
                        ))
                    };
                    match read {
                        Ok(s) => self.push(&s),
                        Err(e) => self.problems.push(format!("{name}: item {}: {e}", i + 1)),
                    }
                }
                return;
            }
            let before = self.read + self.problems.len();
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                match export::read(line) {
                    Ok(s) => self.push(&s),
                    Err(e) => self.problems.push(format!("{name}: line {}: {e}", i + 1)),
                }
            }
            if self.read + self.problems.len() == before {
                self.problems.push(format!(
                    "{name}: the file is empty; expected a JSON export, an array of them, or one result code or link per line"
                ));
            }
        }
    }

    /// The message for a command-line argument that is neither a file nor a valid code.
    /// Reads a result (code, link, file or `-`) with an MSP's configuration, if given.
    fn open_result(
        input: &str,
        config: Option<String>,
    ) -> Result<(Scored, engine::i18n::Texts, engine::custom::Custom), String> {
        let custom = match config {
            Some(file) => {
                let (custom, issues) = engine::custom::read_json(&read_input(&file)?);
                if custom.refused(&issues) {
                    let all: Vec<String> = issues.iter().map(ToString::to_string).collect();
                    return Err(format!(
                        "{file} has problems and is not applied (check it with `itcq config {file}`): {}",
                        all.join("; ")
                    ));
                }
                custom.applied(&issues)
            }
            None => engine::custom::Custom::default(),
        };
        let mut texts = engine::i18n::english().clone();
        custom.overlay(&mut texts);
        let (source, text) = if input == "-" {
            (Some("stdin"), read_input("-")?)
        } else if Path::new(input).exists() {
            (Some(input), read_input(input)?)
        } else {
            (None, input.to_string())
        };
        let scored =
            export::read_tuned(&text, &custom.bank, &custom.tuning).map_err(|e| match source {
                Some(s) => format!("{s}: {e}"),
                None => not_a_file(input, &e),
            })?;
        Ok((scored, texts, custom))
    }

    fn not_a_file(input: &str, e: &export::ReadError) -> String {
        let shown = shorten(input);
        let looks_like_a_path = !input.contains("itcq=")
            && !input.trim_start().starts_with('{')
            && input.contains(['.', '/', '\\']);
        if looks_like_a_path {
            format!("{shown}: no file of that name, and not a result code or link: {e}")
        } else {
            format!("{shown}: {e}")
        }
    }

    /// An argument as shown in a message: at most 60 characters, on one line.
    fn shorten(input: &str) -> String {
        let mut s: String = input
            .chars()
            .take(60)
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if input.chars().nth(60).is_some() {
            s.push('…');
        }
        s
    }

    fn read_input(path: &str) -> Result<String, String> {
        let mut s = String::new();
        if path == "-" {
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("standard input: {e}"))?;
        } else {
            s = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        }
        Ok(s)
    }

    fn json<T: Serialize + ?Sized>(value: &T) -> String {
        // Serializing the engine's own types cannot fail: they hold only strings, numbers,
        // vectors and plain enums.
        let mut s = serde_json::to_string_pretty(value)
            .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
        s.push('\n');
        s
    }

    /// Pretty-printed JSON documents as one pretty-printed array, keeping each document's
    /// field order. (Pretty JSON has no raw line breaks inside strings, so indenting line
    /// by line is safe.)
    fn json_array(docs: Vec<String>) -> String {
        if docs.is_empty() {
            return "[]\n".to_string();
        }
        let items: Vec<String> = docs
            .iter()
            .map(|d| {
                d.lines()
                    .map(|l| format!("  {l}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        format!("[\n{}\n]\n", items.join(",\n"))
    }
}
fn main() -> std::process::ExitCode {
    cli::main()
}
