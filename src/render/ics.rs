//! `lp prep --ics FILE`: the plan as an iCalendar file (RFC 5545), one all-day event
//! a day with that day's tasks in its description.

use crate::prep::Prep;
use crate::render::prep::task_text;

/// The plan as an iCalendar file (RFC 5545): one all-day event a day, its tasks in the
/// description.
pub fn calendar(plan: &Prep) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//lp//prep//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
    ];
    let stamp = format!("{}T000000Z", plan.today.compact());
    for day in &plan.days {
        let tasks: Vec<String> = day.tasks.iter().map(task_text).collect();
        lines.push("BEGIN:VEVENT".to_string());
        lines.push(format!(
            "UID:lp-prep-{}-{}@lp",
            plan.until.compact(),
            day.date.compact()
        ));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", day.date.compact()));
        lines.push(format!("DTEND;VALUE=DATE:{}", day.date.plus(1).compact()));
        lines.push(format!(
            "SUMMARY:{}",
            escape(&format!("Interview prep: {} min", day.minutes))
        ));
        lines.push(format!("DESCRIPTION:{}", escape(&tasks.join("\n"))));
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

/// A TEXT value with its backslashes, semicolons, commas and line ends escaped, and no
/// other control character.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), ended by CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
