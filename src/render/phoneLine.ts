// A meeting's dial-in line as a person reads it ("+1 669 900 9128, meeting ID 000 000 0000") and
// as a phone dials it (a tel: link that waits, then enters the meeting id).

export interface PhoneLine {
  /** "+1 669 900 9128" */
  number: string;
  /** "000 000 0000", when the dial string carries one. */
  meetingId?: string;
  /** "tel:+16699009128,,0000000000%23": tap to call, pauses and the id included. */
  href: string;
}

/** Reads a dial string such as "+16699009128,,0000000000#"; undefined when it has no number. */
export function readPhoneLine(dial: string): PhoneLine | undefined {
  const match = /^\s*(\+?[\d\s().-]{7,20}?)\s*((?:[,;]+[\d*#]*)*)\s*$/.exec(dial);
  if (!match) return undefined;
  const digits = match[1].replace(/[^\d+]/g, '');
  if (digits.replace('+', '').length < 7) return undefined;
  const id = (match[2].match(/\d{4,}/) ?? [])[0];
  const href = `tel:${digits}${match[2].replace(/\s/g, '')}`.replace(/#/g, '%23');
  return { number: spacedNumber(digits), meetingId: id ? groupDigits(id) : undefined, href };
}

/** "+16699009128" -> "+1 669 900 9128"; other numbers keep their digits, spaced in threes. */
function spacedNumber(digits: string): string {
  const nanp = /^\+?1?(\d{3})(\d{3})(\d{4})$/.exec(digits);
  if (nanp) return `${digits.startsWith('+') ? '+1 ' : ''}${nanp[1]} ${nanp[2]} ${nanp[3]}`;
  return digits;
}

/** Meeting ids as conferencing services print them: 3-3-3, 3-3-4, 3-4-4, else threes. */
function groupDigits(id: string): string {
  const sizes: Record<number, number[]> = { 9: [3, 3, 3], 10: [3, 3, 4], 11: [3, 4, 4] };
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes[id.length] ?? Array.from({ length: Math.ceil(id.length / 3) }, () => 3)) {
    parts.push(id.slice(at, at + size));
    at += size;
  }
  return parts.filter(Boolean).join(' ');
}

/** "+1 669 900 9128, ID 000 000 0000": the line as a person reads it. */
export function phoneLineText(line: PhoneLine): string {
  return line.meetingId ? `${line.number}, ID ${line.meetingId}` : line.number;
}
