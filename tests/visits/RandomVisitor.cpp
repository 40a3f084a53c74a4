#include "RandomVisitor.hpp"

#include <algorithm>
#include <vector>

namespace helder::test {
namespace {

using namespace std::chrono_literals;

// Text a visitor might type: plausible, hostile or in another script.
const std::vector<std::string>& typedTexts()
{
    static const std::vector<std::string> texts{
        "Amina", "El Amrani", "Kerkstraat 12", "9000", "85031412401", "BE71096123456769", "14/03/1985",
        "محمد العلي", "Київ", "ትግራይ", "😀 Łódź", std::string(2000, 'x'), "", "1.234,50", "-5", "a@b.be",
        "+32470123456", "\xff\xfe broken UTF-8"};
    return texts;
}

} // namespace

RandomVisitor::RandomVisitor(VisitTarget& kiosk, std::uint32_t seed) : m_kiosk(kiosk), m_random(seed) {}

std::size_t RandomVisitor::pick(std::size_t count)
{
    return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_random);
}

bool RandomVisitor::oneIn(std::size_t count)
{
    return pick(count) == 0;
}

void RandomVisitor::act(const core::Action& action)
{
    m_kiosk.act(action);
}

void RandomVisitor::visit(const std::string& sessionCode)
{
    ++m_tally.visits;
    const core::InterviewContext& context = m_kiosk.context();
    const core::Template& form = context.forms[pick(context.forms.size())];
    const std::vector<std::string> languages = form.languages();
    act(core::action::ChooseLanguage{languages[pick(languages.size())]});
    act(core::action::ChooseForm{form.id, sessionCode});
    act(core::action::BeginQuestions{});
    for (int guard = 0; m_kiosk.session().screen == core::Screen::Question && guard < 400; ++guard) {
        if (oneIn(20)) {
            act(core::action::ChooseLanguage{languages[pick(languages.size())]});
        }
        if (oneIn(30)) {
            walkAway();
            return;
        }
        if (oneIn(40)) {
            // "Do you need more time?" — yes.
            m_kiosk.elapse(context.settings.idleTimeoutMs + 1);
            if (m_kiosk.session().dialog == core::Dialog::IdleWarning) {
                act(core::action::ExtendTime{});
            }
        }
        if (oneIn(80)) {
            startAgain();
            return;
        }
        if (oneIn(15)) {
            act(core::action::Back{});
        } else {
            answer(form);
        }
    }
    if (m_kiosk.session().screen != core::Screen::Review) {
        startAgain();
        return;
    }
    printAndFinish();
}

void RandomVisitor::answer(const core::Template& form)
{
    const core::Session& session = m_kiosk.session();
    const core::Step step = *session.step;
    const core::Question* question = form.findQuestion(step.questionId);
    if (step.isGroupOverview() || !question) {
        const auto members = session.members.find(step.groupId);
        const std::size_t count = members == session.members.end() ? 0 : members->second.size();
        if (count > 0 && oneIn(4)) {
            act(core::action::RemoveMember{pick(count)});
        } else {
            act(oneIn(2) ? core::Action(core::action::AddMember{}) : core::Action(core::action::Next{}));
        }
    } else if (question->type == core::QuestionType::YesNo) {
        act(core::action::ChooseOption{oneIn(2) ? "yes" : "no"});
    } else if (!question->choices.empty()) {
        act(core::action::ChooseOption{question->choices[pick(question->choices.size())].id});
    } else if (question->dontKnowAllowed && oneIn(5)) {
        act(core::action::DontKnow{});
    } else {
        typeSomething(*question);
    }
    // A choice that waits for "next"; then a question that takes nothing typed.
    if (m_kiosk.session().screen == core::Screen::Question && m_kiosk.session().step == step) {
        act(core::action::Next{});
    }
    if (m_kiosk.session().screen == core::Screen::Question && m_kiosk.session().step == step) {
        act(question && question->dontKnowAllowed ? core::Action(core::action::DontKnow{})
                                                  : core::Action(core::action::Back{}));
    }
}

void RandomVisitor::typeSomething(const core::Question& question)
{
    const std::vector<std::string>& texts = typedTexts();
    act(core::action::SetDraft{oneIn(2) ? question.example.toDisplayString() : texts[pick(texts.size())]});
    act(core::action::Next{});
    if (m_kiosk.session().problem) {
        act(core::action::KeepAsTyped{});
    }
}

void RandomVisitor::walkAway()
{
    ++m_tally.walkedAway;
    // In steps, as the kiosk's timers would wake: the warning, its countdown, then the wipe.
    for (int guard = 0; m_kiosk.session().screen != core::Screen::Welcome && guard < 100; ++guard) {
        m_kiosk.elapse(10'000);
    }
}

void RandomVisitor::startAgain()
{
    ++m_tally.startedAgain;
    if (oneIn(5)) {
        act(core::action::AskStartAgain{}); // second thoughts
        act(core::action::CloseDialog{});
    }
    act(core::action::AskStartAgain{});
    act(core::action::ConfirmStartAgain{});
}

void RandomVisitor::awaitPrinter()
{
    if (!m_kiosk.awaitPrinter(60s)) {
        ++m_tally.stuck;
    }
}

void RandomVisitor::printAndFinish()
{
    act(core::action::Print{});
    awaitPrinter();
    bool copyAsked = false;
    for (int round = 0; round < 4; ++round) {
        const core::Screen screen = m_kiosk.session().screen;
        if (screen == core::Screen::PrintFault) {
            ++m_tally.printFaults;
            if (!oneIn(3)) {
                act(core::action::RetryPrint{});
                awaitPrinter();
                continue;
            }
            break; // leaves with "start again"
        }
        if (screen != core::Screen::Done) {
            break;
        }
        ++m_tally.printed;
        if (!copyAsked && oneIn(10)) {
            copyAsked = true;
            act(core::action::PrintAgain{});
            awaitPrinter();
            continue;
        }
        if (oneIn(5)) {
            walkAway(); // "Print again" times out
        } else {
            act(core::action::Finish{});
        }
        break;
    }
    if (m_kiosk.session().screen != core::Screen::Welcome) {
        startAgain();
    }
    if (!m_kiosk.awaitIdleWorker(60s)) {
        ++m_tally.stuck;
    }
}

} // namespace helder::test
