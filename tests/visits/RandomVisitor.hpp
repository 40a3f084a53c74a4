#pragma once
// A visitor who answers at random: any form in any of its languages, valid and invalid input,
// kept-as-typed nonsense, "I don't know", back, household members added and removed, language
// changes, "more time" or walking away, printer faults retried or abandoned, starting again. The
// same seed gives the same visits on the same kiosk. Used by the soaks (tests/soak/).

#include "VisitTarget.hpp"

#include "core/Template.hpp"

#include <cstdint>
#include <random>
#include <string>

namespace helder::test {

class RandomVisitor {
public:
    struct Tally {
        long visits = 0;
        long printed = 0;      // printouts the worker reported done (copies included)
        long printFaults = 0;  // times the printer-fault screen was reached
        long walkedAway = 0;   // sessions wiped by the idle time-out
        long startedAgain = 0; // sessions ended with "start again"
        long stuck = 0;        // the printer's news did not come in time
    };

    RandomVisitor(VisitTarget& kiosk, std::uint32_t seed);

    // One visit from the welcome screen back to it; `sessionCode` is printed on its pages.
    void visit(const std::string& sessionCode);

    [[nodiscard]] const Tally& tally() const { return m_tally; }

private:
    void answer(const core::Template& form);
    void typeSomething(const core::Question& question);
    void walkAway();
    void startAgain();
    void printAndFinish();
    void awaitPrinter();
    void act(const core::Action& action);

    [[nodiscard]] std::size_t pick(std::size_t count);
    [[nodiscard]] bool oneIn(std::size_t count);

    VisitTarget& m_kiosk;
    std::mt19937 m_random;
    Tally m_tally;
};

} // namespace helder::test
