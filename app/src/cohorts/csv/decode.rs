//! Bytes to text, and the separator of the columns. What Excel writes: "CSV UTF-8" (UTF-8 with a
//! byte-order mark, comma- or, in some regional settings, semicolon-separated), plain CSV
//! without the mark, and "Unicode text" (UTF-16 little-endian with a mark, tab-separated).

use super::FileError;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16_LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16_BE_BOM: &[u8] = b"\xFE\xFF";

/// The file as text: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark.
/// Anything else is refused, not guessed: a wrong guess would store garbled names.
pub fn decode(bytes: &[u8]) -> Result<String, FileError> {
    if is_workbook(bytes) {
        return Err(FileError::Workbook);
    }
    let text = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        std::str::from_utf8(rest)
            .map_err(|_| FileError::Encoding)?
            .to_owned()
    } else if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        std::str::from_utf8(bytes)
            .map_err(|_| FileError::Encoding)?
            .to_owned()
    };
    // A NUL never appears in text: this is UTF-16 without its mark, or not text at all.
    if text.contains('\0') {
        return Err(FileError::Encoding);
    }
    Ok(text)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, FileError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(FileError::Encoding);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| FileError::Encoding)
}

/// An Excel workbook (`.xlsx` is a ZIP file, `.xls` an OLE compound file) rather than text.
fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
}

/// The separator the header line uses most, outside quotes: tab, semicolon or comma (the
/// default, also for a one-column header).
pub fn delimiter(text: &str) -> u8 {
    let header = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let mut counts = [(b'\t', 0usize), (b';', 0), (b',', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(count) = counts.iter_mut().find(|(d, _)| *d == b) {
                count.1 += 1;
            }
        }
    }
    // Ties go to the later entry: comma, then semicolon.
    counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn utf16le(s: &str) -> Vec<u8> {
        let mut out = UTF16_LE_BOM.to_vec();
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    fn utf16be(s: &str) -> Vec<u8> {
        let mut out = UTF16_BE_BOM.to_vec();
        out.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        out
    }

    #[test]
    fn utf8_with_and_without_mark() {
        assert_eq!(decode("नाम,ضلع".as_bytes()).unwrap(), "नाम,ضلع");
        let mut marked = UTF8_BOM.to_vec();
        marked.extend("نام".as_bytes());
        assert_eq!(decode(&marked).unwrap(), "نام");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let text = "name\tdistrict\r\nشازیہ\tسرینگر\r\n";
        assert_eq!(decode(&utf16le(text)).unwrap(), text);
        assert_eq!(decode(&utf16be(text)).unwrap(), text);
    }

    #[test]
    fn utf16_outside_the_basic_plane() {
        let text = "name\n𑂍 😀\n";
        assert_eq!(decode(&utf16le(text)).unwrap(), text);
    }

    #[test]
    fn windows_1252_is_refused() {
        // "Café" and "naïve" as Windows-1252 writes them.
        assert_eq!(
            decode(b"name\nCaf\xE9 na\xEFve\n"),
            Err(FileError::Encoding)
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFname\n\xE9\n"),
            Err(FileError::Encoding)
        );
    }

    #[test]
    fn broken_utf16_is_refused() {
        let mut odd = utf16le("name");
        odd.push(b'x');
        assert_eq!(decode(&odd), Err(FileError::Encoding));
        // A lone high surrogate.
        assert_eq!(decode(b"\xFF\xFE\x3D\xD8a\x00"), Err(FileError::Encoding));
    }

    #[test]
    fn utf16_without_mark_is_refused() {
        let bytes: Vec<u8> = "name,login"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&bytes), Err(FileError::Encoding));
    }

    #[test]
    fn workbooks_are_named_as_such() {
        assert_eq!(decode(b"PK\x03\x04\x14\x00"), Err(FileError::Workbook));
        assert_eq!(
            decode(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00"),
            Err(FileError::Workbook)
        );
    }

    #[test]
    fn delimiter_from_the_header_line() {
        assert_eq!(delimiter("name,login,gender\n"), b',');
        assert_eq!(delimiter("name;login;gender\nA,B;x;y"), b';');
        assert_eq!(delimiter("name\tlogin\tgender\r\n"), b'\t');
        assert_eq!(delimiter("\n\nname\tlogin\n"), b'\t');
        assert_eq!(delimiter("name\n"), b',');
        assert_eq!(delimiter(""), b',');
        // Separators inside a quoted header do not count.
        assert_eq!(delimiter("\"a;b;c;d\",name,login\n"), b',');
    }

    proptest! {
        #[test]
        fn any_text_round_trips_through_every_accepted_encoding(s in "[^\u{0}\u{FEFF}]{0,200}") {
            prop_assert_eq!(decode(s.as_bytes()).unwrap(), s.clone());
            prop_assert_eq!(decode(&utf16le(&s)).unwrap(), s.clone());
            prop_assert_eq!(decode(&utf16be(&s)).unwrap(), s.clone());
        }

        #[test]
        fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = decode(&bytes);
        }
    }
}
