/**
 * A commented role profile to start from. Every field is shown; the values are placeholders that
 * validate as they are, so `careerfit validate` passes before the first edit.
 */
export const roleTemplate = (id: string): string => `# A careerfit role profile. The file name must be the id: ${id}.yaml
# Check it with: careerfit validate ${id}.yaml
# Use it with:   careerfit assess --profiles <this folder> …   (or CAREERFIT_PROFILES=<folder>)
# Text fields take both languages, { id: "…", en: "…" }, or one plain string used for both.

id: ${id}
# Other names for the role on the command line (optional), e.g. an English one: [my-english-name].
# aliases: []
# role, or contrast for a comparison role shown for reference.
kind: role
# Where the content comes from (file names, links, interviews).
source: [my-notes.txt]

title: { id: "Judul peran", en: "Role title" }
summary:
  id: "Satu atau dua kalimat tentang apa yang dikerjakan peran ini."
  en: "One or two sentences on what this role does."

duties:
  # An optional fact id (duty.*, fit.*, unfit.*, myth.*, expect.*, diff.*) ties an entry to its source.
  - fact: duty.example
    text: { id: "Tugas utama pertama.", en: "First main duty." }

# Trait ideals: the level (1-5) a good fit would answer, and how much it counts (0-10).
# Traits: empathy, communication, teamwork, leadership, social_awareness, proactivity, influence,
# advocacy, analytical, decision_making, planning, resilience, innovation, helping_motivation,
# dedication, direct_service, profit_focus.
traits:
  communication: { ideal: 5, weight: 3 }
  teamwork: { ideal: 4, weight: 2 }
  profit_focus: { ideal: 2, weight: 1 }

# Rules fire on answers. A warning holds the role back from counting as a fit and says why; a note
# only says something. Either may also adjust the score (-100 to 100); a warning needs no adjustment.
# Conditions: { trait, op, value } with op lt, lte, gt, gte, eq, ne (a number) or in, nin (a list),
# combined with { all: [...] }, { any: [...] } and { not: {...} }.
rules:
  - id: weak-communication
    when: { trait: communication, op: lte, value: 2 }
    event:
      warning: { id: "Peran ini banyak berkomunikasi.", en: "This role communicates a lot." }
  - id: team-communicator
    when:
      all:
        - { trait: communication, op: gte, value: 4 }
        - { trait: teamwork, op: gte, value: 4 }
    event:
      adjust: 0
      note: { id: "Komunikasi dan kerja tim saling menguatkan di sini.", en: "Communication and teamwork reinforce each other here." }

misconceptions:
  - myth: { id: "Anggapan keliru.", en: "A common myth." }
    reality: { id: "Kenyataannya.", en: "The reality." }

expectations:
  - expectation: { id: "Harapan umum.", en: "A common expectation." }
    reality: { id: "Kenyataannya.", en: "The reality." }

differences:
  # How it differs from a similar role (any id, in the catalog or not).
  - role: pekerja-sosial
    text: { id: "Bedanya dengan pekerja sosial.", en: "How it differs from a social worker." }

# Groups worth joining (see careerfit groups): kelompok-okupasional, kelompok-relawan.
groups:
  - group: kelompok-relawan
    why: { id: "Alasan bergabung.", en: "Why to join." }
`;
