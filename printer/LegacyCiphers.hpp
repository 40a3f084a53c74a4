#pragma once
// PoDoFo 0.9.8 checks the key of every standard-security PDF up to revision 4 with RC4, which
// OpenSSL 3 only offers in its "legacy" provider. Without it, even a form encrypted with an
// empty user password (common for government forms that restrict editing) fails to load with
// "Error initializing RC4 encryption engine".

namespace helder::printer {

// Loads OpenSSL's legacy and default providers once per process; later calls do nothing.
// Returns false when the legacy provider is not installed (encrypted PDFs then fail to load).
bool enableLegacyCiphers();

} // namespace helder::printer
