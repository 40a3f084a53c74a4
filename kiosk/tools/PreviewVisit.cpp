#include "tools/PreviewVisit.hpp"

#include "core/Session.hpp"

#include <iomanip>
#include <sstream>

namespace helder::tools {
namespace {

// A session code like the kiosk's (no 0/O, 1/I): it is drawn on some screens.
constexpr const char* previewSessionCode = "PREV42";
// Far more steps than any form has: a form whose examples loop is reported, not drawn forever.
constexpr int maxSteps = 1000;

// What a visitor would have typed for the example: dates as on the kiosk's keypad (day first).
std::string typedExample(const core::Value& example)
{
    if (const auto date = example.asDate()) {
        std::ostringstream typed;
        typed.imbue(std::locale::classic());
        typed << std::setfill('0') << std::setw(2) << date->day() << '/' << std::setw(2) << date->month() << '/'
              << std::setw(4) << date->year();
        return typed.str();
    }
    return example.toDisplayString();
}

// "question-postcode", "question-household-2-member_name", "household-overview"
std::string stepName(const core::Step& step)
{
    if (step.isGroupOverview()) {
        return step.groupId + "-overview";
    }
    std::string name = "question-";
    if (step.member) {
        name += step.groupId + "-" + std::to_string(*step.member + 1) + "-";
    }
    return name + step.questionId;
}

class Walker {
public:
    Walker(const core::InterviewContext& context, const core::Template& form, core::Date today)
        : m_context(context)
        , m_form(form)
    {
        m_state.session.today = today;
    }

    void act(core::Action action)
    {
        m_state = ui::dispatch(m_context, std::move(m_state), ui::Intent{std::move(action), std::nullopt}).state;
    }

    void shot(std::string name, const ui::VisitorState& state) { m_shots.push_back({std::move(name), state}); }
    void shot(std::string name) { shot(std::move(name), m_state); }

    std::expected<std::vector<PreviewShot>, std::string> walk(const std::string& language)
    {
        act(core::action::ChooseLanguage{language});
        act(core::action::ChooseForm{m_form.id, previewSessionCode});
        if (m_state.session.formLanguage.empty()) {
            act(core::action::ChooseFormLanguage{m_form.officialLanguage});
        }
        if (m_state.session.screen != core::Screen::BeforeStart) {
            return std::unexpected("the form " + m_form.id + " cannot be started in " + language);
        }
        shot("before-start");
        act(core::action::BeginQuestions{});
        for (int steps = 0; m_state.session.screen == core::Screen::Question; ++steps) {
            if (steps == maxSteps || !m_state.session.step) {
                return std::unexpected("the examples never reach the review screen");
            }
            const core::Step step = *m_state.session.step;
            if (step.isGroupOverview()) {
                overview(step);
            } else if (!question(step)) {
                return std::unexpected("the example answer of question \"" + step.questionId
                                       + "\" does not pass its check");
            }
        }
        if (m_state.session.screen != core::Screen::Review) {
            return std::unexpected("the examples do not reach the review screen");
        }
        shot("review");
        act(core::action::Print{});
        shot("printing");
        act(core::action::PrintSucceeded{});
        shot("done");
        return std::move(m_shots);
    }

private:
    // The overview of a repeating group: drawn each time, with as many members as the template's
    // example_count asks for.
    void overview(const core::Step& step)
    {
        const core::Group* group = m_form.findGroup(step.groupId);
        const auto members = m_state.session.members.find(step.groupId);
        const std::size_t count = members == m_state.session.members.end() ? 0 : members->second.size();
        shot(stepName(step) + "-" + std::to_string(count));
        const bool room = group && (!group->repeat || count < group->repeat->max);
        if (group && room && count < group->exampleCount) {
            act(core::action::AddMember{});
        } else {
            act(core::action::Next{});
        }
    }

    // One question with its example answer on screen (and its help panel), then answered.
    // False when the example does not take the visitor past it.
    bool question(const core::Step& step)
    {
        const core::Question* asked = m_form.findQuestion(step.questionId);
        if (!asked) {
            return false;
        }
        const std::string name = stepName(step);
        const core::QuestionType type = asked->type;
        if (type == core::QuestionType::YesNo || type == core::QuestionType::SingleChoice) {
            // A tap on a card answers and moves on: the screen is drawn as the visitor finds it.
            shot(name);
            helpShot(name, *asked);
            if (const auto yes = asked->example.asBool()) {
                act(core::action::ChooseOption{*yes ? "yes" : "no"});
            } else {
                act(core::action::ChooseOption{asked->example.toDisplayString()});
            }
        } else {
            if (type == core::QuestionType::MultipleChoice) {
                if (const core::Choices* chosen = asked->example.asChoices()) {
                    for (const std::string& choice : *chosen) {
                        act(core::action::ChooseOption{choice});
                    }
                }
            } else {
                act(core::action::SetDraft{typedExample(asked->example)});
            }
            shot(name);
            helpShot(name, *asked);
            act(core::action::Next{});
        }
        return !m_state.session.step || *m_state.session.step != step || m_state.session.screen != core::Screen::Question;
    }

    void helpShot(const std::string& name, const core::Question& asked)
    {
        const auto& texts = m_form.texts;
        const auto language = texts.find(m_state.session.formLanguage);
        if (language == texts.end()) {
            return;
        }
        const auto questionTexts = language->second.questions.find(asked.id);
        if (questionTexts == language->second.questions.end() || questionTexts->second.help.empty()) {
            return;
        }
        ui::VisitorState withHelp = m_state;
        withHelp.ui.help = true;
        shot(name + "-help", withHelp);
    }

    const core::InterviewContext& m_context;
    const core::Template& m_form;
    ui::VisitorState m_state;
    std::vector<PreviewShot> m_shots;
};

} // namespace

std::expected<std::vector<PreviewShot>, std::string> previewVisit(const core::InterviewContext& context,
                                                                  const core::Template& form,
                                                                  const std::string& language, core::Date today)
{
    return Walker(context, form, today).walk(language);
}

} // namespace helder::tools
