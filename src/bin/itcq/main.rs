//! `itcq`: the native face of the engine, for sales tooling, automation and tests.
//!
//! ```text
//! itcq framework                     the 7C framework: blocks, areas, services
//! itcq questions --bank quick|full   a question bank
//! itcq assess --answers FILE|-       score an answers file (or stdin) and plan
//! ```
//! Every command takes `--format text|json` (text by default). Bad input prints a
//! message naming the field and what is accepted, and exits with code 2.

// The CLI is native only; the crate's wasm32 test builds compile an empty binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod text;
#[cfg(not(target_arch = "wasm32"))]
mod cli {

    use super::text;
    use clap::{Parser, Subcommand, ValueEnum};
    use itcq::engine::{self, Assessment, BankId, framework};
    use serde::Serialize;
    use std::io::Read;
    use std::process::ExitCode;

    #[derive(Parser)]
    #[command(
        name = "itcq",
        version,
        about = "ITCq: the IT Competitiveness quotient (7C IT Management Framework)"
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
        /// Score an answers file and print the report with its action plan.
        Assess {
            /// The answers file (JSON), or `-` for standard input.
            #[arg(long)]
            answers: String,
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Text,
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

    #[derive(Serialize)]
    struct FrameworkJson {
        blocks: &'static [framework::Block],
        areas: &'static [framework::Area],
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        match run(cli.command) {
            Ok(out) => {
                print!("{out}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("itcq: {message}");
                ExitCode::from(2)
            }
        }
    }

    fn run(command: Command) -> Result<String, String> {
        match command {
            Command::Framework { format } => Ok(match format {
                Format::Text => text::framework(),
                Format::Json => json(&FrameworkJson {
                    blocks: &framework::BLOCKS,
                    areas: framework::AREAS,
                }),
            }),
            Command::Questions { bank, format } => {
                let bank = BankId::from(bank).bank();
                Ok(match format {
                    Format::Text => text::questions(bank),
                    Format::Json => json(bank),
                })
            }
            Command::Assess { answers, format } => {
                let input = read_input(&answers)?;
                let source = if answers == "-" { "stdin" } else { &answers };
                let assessment =
                    Assessment::from_json(&input).map_err(|e| format!("{source}: {e}"))?;
                let report = engine::assess(&assessment).map_err(|e| format!("{source}: {e}"))?;
                Ok(match format {
                    Format::Text => text::report(&report),
                    Format::Json => json(&report),
                })
            }
        }
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
}
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}
