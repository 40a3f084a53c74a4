#pragma once
// Hand-built hostile PDFs for the reliability tests (issue 15): each one breaks one rule of the PDF
// format in a way real attackers and broken generators do. Built in memory, so nothing large is
// committed.

#include <string>

namespace helder::hostile {

// /Kids of a field point back at the field's own parent.
std::string parentLoop();
// One chain of `depth` fields, each the only kid of the one before.
std::string deepFields(int depth);
// `count` text-field widgets on one page.
std::string manyWidgets(int count);
// A content stream whose /Length claims far more bytes than the file holds.
std::string lyingStreamLength();
// An object stream that /Extends itself and whose objects point into itself.
std::string selfReferentialObjectStream();
// An image XObject claiming 20000 × 20000 RGB pixels (1.2 GB) drawn on the form's page.
std::string hugeClaimedImage();
// /Encrypt with a security handler nobody knows.
std::string unknownEncryption();
// A one-field form whose trailer claims /Size 8,000,000.
std::string claimedObjectCount();
// A one-field form with a broken startxref and one more object numbered 7,999,999, so that the
// cross-reference table has to be rebuilt.
std::string farObjectNumber();

} // namespace helder::hostile
