#include "core/Interview.hpp"

#include "core/AnswerCheck.hpp"
#include "core/SessionView.hpp"

#include <algorithm>

namespace helder::core {
namespace {

using namespace action;

struct Engine {
    const InterviewContext& context;
    Session session;
    std::vector<Effect> effects;

    const Template* form() const { return activeForm(context, session); }

    // ---- session lifetime -------------------------------------------------------------------

    void wipe(effect::EndReason reason)
    {
        if (!session.formId.empty()) {
            std::optional<std::string> lastQuestion;
            if (reason != effect::EndReason::Printed && session.step) {
                lastQuestion = session.step->isGroupOverview() ? session.step->groupId
                                                               : session.step->questionId;
            }
            effects.push_back(effect::SessionEnded{session.formId, session.formLanguage, reason,
                                                   std::move(lastQuestion)});
        }
        if (!session.sessionCode.empty()) {
            effects.push_back(effect::CancelPrintJobs{session.sessionCode});
        }
        Session fresh;
        fresh.now = session.now;
        fresh.lastActivity = session.now;
        fresh.today = session.today;
        session = std::move(fresh);
    }

    // ---- time -------------------------------------------------------------------------------

    bool idleSuspended() const
    {
        if (session.screen == Screen::PrintFault) {
            return true;
        }
        return session.screen == Screen::Printing && session.print == PrintState::Pending
            && session.now - session.lastActivity < context.settings.printTimeoutMs;
    }

    void tick(const Tick& tick)
    {
        session.now = tick.now;
        session.today = tick.today;
        if (session.screen == Screen::Welcome) {
            return;
        }
        if (idleSuspended()) {
            return;
        }
        if (session.screen == Screen::Done) {
            if (session.now - session.lastActivity >= context.settings.doneTimeoutMs) {
                wipe(effect::EndReason::Printed);
            }
            return;
        }
        if (session.dialog == Dialog::IdleWarning) {
            if (session.now >= session.countdownEnds) {
                wipe(effect::EndReason::IdleTimeout);
            }
            return;
        }
        if (session.now - session.lastActivity >= context.settings.idleTimeoutMs) {
            session.dialog = Dialog::IdleWarning;
            session.countdownEnds = session.now + context.settings.countdownMs;
            effects.push_back(effect::AnnounceIdleWarning{});
        }
    }

    // ---- moving between steps ---------------------------------------------------------------

    void enter(std::optional<Step> step)
    {
        session.problem.reset();
        if (!step) {
            session.step.reset();
            session.screen = Screen::Review;
            session.returnToReview = false;
            session.draft.clear();
            return;
        }
        session.screen = Screen::Question;
        session.step = std::move(step);
        const Template* f = form();
        const Answer* answer = f ? SessionView(*f, session).answer(*session.step) : nullptr;
        session.draft = answer && !answer->isDontKnow() ? answer->typed : std::string();
    }

    // The step a repeating group's member steps give way to: its overview.
    static Step overviewOf(const Step& step) { return Step{"", step.groupId, std::nullopt}; }

    std::optional<Step> stepAfter(const Step& current) const
    {
        const SessionView view(*form(), session);
        const std::vector<Step> steps = view.steps();
        if (current.member) {
            // Within a member: its next visible question, then back to the group's overview.
            const auto it = std::ranges::find(steps, current);
            if (it != steps.end() && it + 1 != steps.end() && (it + 1)->groupId == current.groupId
                && (it + 1)->member == current.member) {
                return *(it + 1);
            }
            return overviewOf(current);
        }
        auto it = std::ranges::find(steps, current);
        if (it == steps.end()) {
            return std::nullopt;
        }
        ++it;
        if (current.isGroupOverview()) {
            // Past the members, who are reached through the overview.
            while (it != steps.end() && it->groupId == current.groupId && it->member) {
                ++it;
            }
        }
        return it == steps.end() ? std::nullopt : std::optional<Step>(*it);
    }

    std::optional<Step> stepBefore(const Step& current) const
    {
        const SessionView view(*form(), session);
        const std::vector<Step> steps = view.steps();
        const auto it = std::ranges::find(steps, current);
        if (current.member) {
            if (it != steps.end() && it != steps.begin() && (it - 1)->member == current.member
                && (it - 1)->groupId == current.groupId) {
                return *(it - 1);
            }
            return overviewOf(current);
        }
        if (it == steps.end() || it == steps.begin()) {
            return std::nullopt;
        }
        const Step& previous = *(it - 1);
        return previous.member ? overviewOf(previous) : previous;
    }

    // After a "Change" from the review screen, straight back to it; a member's questions still
    // run to the group's overview, whose Next then returns.
    void advance()
    {
        if (session.returnToReview && !(session.step && session.step->member)) {
            enter(std::nullopt);
            return;
        }
        enter(session.step ? stepAfter(*session.step) : std::nullopt);
    }

    // ---- answers ----------------------------------------------------------------------------

    AnswerMap* answersFor(const Step& step)
    {
        if (!step.member) {
            return &session.answers;
        }
        auto group = session.members.find(step.groupId);
        if (group == session.members.end() || *step.member >= group->second.size()) {
            return nullptr;
        }
        return &group->second[*step.member];
    }

    void store(const Step& step, Answer answer)
    {
        if (AnswerMap* answers = answersFor(step)) {
            answers->insert_or_assign(step.questionId, std::move(answer));
        }
    }

    void erase(const Step& step)
    {
        if (AnswerMap* answers = answersFor(step)) {
            answers->erase(step.questionId);
        }
    }

    const Question* currentQuestion() const
    {
        if (session.screen != Screen::Question || !session.step || !form()) {
            return nullptr;
        }
        return SessionView(*form(), session).question(*session.step);
    }

    // A rule of the question that the canonical value breaks, if any.
    std::optional<ValidationProblem> brokenRule(const Question& question, const Value& value) const
    {
        const SessionView view(*form(), session);
        const std::optional<Step> member = session.step->member ? session.step : std::nullopt;
        for (const Rule& rule : question.rules) {
            if (view.evaluate(rule.validIf, member, &value).asBool() == false) {
                return ValidationProblem{"validation.rule", {{"rule", rule.id}}};
            }
        }
        return std::nullopt;
    }

    void next()
    {
        if (session.screen == Screen::Question && session.step && session.step->isGroupOverview()) {
            nextFromOverview();
            return;
        }
        const Question* question = currentQuestion();
        if (!question) {
            return;
        }
        const Step step = *session.step;
        const SessionView view(*form(), session);
        const Answer* existing = view.answer(step);
        switch (question->type) {
        case QuestionType::YesNo:
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: {
            const bool chosen = existing
                && (existing->isDontKnow() || !existing->value.isChoices()
                    || !existing->value.asChoices()->empty());
            if (!chosen && question->required) {
                session.problem = ValidationProblem{"validation.required", {}};
                return;
            }
            if (!chosen) {
                erase(step);
            }
            advance();
            return;
        }
        default:
            break;
        }
        if (session.draft.empty() && !question->required) {
            erase(step);
            advance();
            return;
        }
        auto checked = checkTypedAnswer(*question, session.draft, session.today, context.postcodes);
        if (!checked) {
            session.problem = checked.error();
            return;
        }
        if (auto broken = brokenRule(*question, checked->value)) {
            session.problem = std::move(broken);
            return;
        }
        store(step, std::move(*checked));
        advance();
    }

    void nextFromOverview()
    {
        const Group* group = form()->findGroup(session.step->groupId);
        if (!group || !group->repeat) {
            return;
        }
        const std::size_t count = SessionView(*form(), session).memberCount(group->id);
        if (count < group->repeat->min) {
            session.problem = ValidationProblem{"validation.members_min",
                                                {{"min", std::to_string(group->repeat->min)}}};
            return;
        }
        enter(session.returnToReview ? std::nullopt : stepAfter(*session.step));
    }

    void chooseOption(const ChooseOption& choice)
    {
        const Question* question = currentQuestion();
        if (!question) {
            return;
        }
        const Step step = *session.step;
        session.problem.reset();
        if (question->type == QuestionType::YesNo && (choice.id == "yes" || choice.id == "no")) {
            Answer answer;
            answer.value = Value(choice.id == "yes");
            answer.typed = choice.id;
            store(step, std::move(answer));
            advance();
            return;
        }
        const bool known = std::ranges::any_of(question->choices,
            [&](const Choice& c) { return c.id == choice.id; });
        if (!known) {
            return;
        }
        if (question->type == QuestionType::SingleChoice) {
            Answer answer;
            answer.value = Value(choice.id);
            answer.typed = choice.id;
            store(step, std::move(answer));
            advance();
            return;
        }
        if (question->type != QuestionType::MultipleChoice) {
            return;
        }
        // Toggle, keeping the choices in the template's order.
        const Answer* existing = SessionView(*form(), session).answer(step);
        Choices chosen;
        if (existing && existing->value.isChoices()) {
            chosen = *existing->value.asChoices();
        }
        if (std::erase(chosen, choice.id) == 0) {
            chosen.push_back(choice.id);
        }
        Choices ordered;
        for (const Choice& c : question->choices) {
            if (std::ranges::find(chosen, c.id) != chosen.end()) {
                ordered.push_back(c.id);
            }
        }
        Answer answer;
        answer.typed.clear();
        for (const std::string& id : ordered) {
            answer.typed += (answer.typed.empty() ? "" : ", ") + id;
        }
        answer.value = Value(std::move(ordered));
        store(step, std::move(answer));
    }

    void keepAsTyped()
    {
        const Question* question = currentQuestion();
        if (!question || !session.problem || session.draft.empty()
            || session.problem->messageKey == "validation.required") {
            return;
        }
        Answer answer;
        answer.typed = session.draft;
        answer.keptAsTyped = session.problem;
        store(*session.step, std::move(answer));
        advance();
    }

    void dontKnow()
    {
        const Question* question = currentQuestion();
        if (!question || !question->dontKnowAllowed) {
            return;
        }
        Answer answer;
        answer.kind = Answer::Kind::DontKnow;
        store(*session.step, std::move(answer));
        advance();
    }

    void back()
    {
        switch (session.screen) {
        case Screen::ChooseForm:
            session.screen = Screen::Welcome;
            return;
        case Screen::BeforeStart:
            session.screen = Screen::ChooseForm;
            return;
        case Screen::Question: {
            std::optional<Step> previous = stepBefore(*session.step);
            if (!previous) {
                session.problem.reset();
                session.screen = Screen::BeforeStart;
                return;
            }
            session.returnToReview = false;
            enter(std::move(previous));
            return;
        }
        case Screen::Review: {
            const std::vector<Step> steps = SessionView(*form(), session).steps();
            if (steps.empty()) {
                session.screen = Screen::BeforeStart;
                return;
            }
            enter(steps.back().member ? overviewOf(steps.back()) : steps.back());
            return;
        }
        default:
            return;
        }
    }

    // ---- repeating groups -------------------------------------------------------------------

    const Group* currentOverview() const
    {
        if (session.screen != Screen::Question || !session.step || !session.step->isGroupOverview()) {
            return nullptr;
        }
        const Group* group = form()->findGroup(session.step->groupId);
        return group && group->repeat ? group : nullptr;
    }

    void enterMember(const Group& group, std::size_t member)
    {
        const SessionView view(*form(), session);
        for (const Question& q : group.questions) {
            Step step{q.id, group.id, member};
            if (view.isVisible(step)) {
                enter(std::move(step));
                return;
            }
        }
    }

    void addMember()
    {
        const Group* group = currentOverview();
        if (!group) {
            return;
        }
        MemberList& members = session.members[group->id];
        if (members.size() >= group->repeat->max) {
            return;
        }
        members.emplace_back();
        enterMember(*group, members.size() - 1);
    }

    void editMember(std::size_t member)
    {
        const Group* group = currentOverview();
        if (group && member < SessionView(*form(), session).memberCount(group->id)) {
            enterMember(*group, member);
        }
    }

    void removeMember(std::size_t member)
    {
        const Group* group = currentOverview();
        if (!group) {
            return;
        }
        MemberList& members = session.members[group->id];
        if (member < members.size()) {
            members.erase(members.begin() + static_cast<std::ptrdiff_t>(member));
        }
    }

    // ---- review and printing ----------------------------------------------------------------

    void changeAnswer(const Step& step)
    {
        if (session.screen != Screen::Review || !SessionView(*form(), session).isVisible(step)) {
            return;
        }
        session.returnToReview = true;
        enter(step);
    }

    void startPrint(bool copy)
    {
        session.screen = Screen::Printing;
        session.print = PrintState::Pending;
        session.printStage = PrintStage::Preparing;
        session.printFault.clear();
        effects.push_back(effect::StartPrint{copy});
    }

    // ---- dispatch ---------------------------------------------------------------------------

    void handle(const Action& action)
    {
        if (const auto* t = std::get_if<Tick>(&action)) {
            tick(*t);
            return;
        }
        if (const auto* progress = std::get_if<PrintProgressed>(&action)) {
            // Not a touch: the idle suspension still counts from the visitor's last one.
            if (session.screen == Screen::Printing && session.print == PrintState::Pending) {
                session.printStage = progress->stage;
            }
            return;
        }
        session.lastActivity = session.now;
        if (std::holds_alternative<PrintSucceeded>(action) || std::holds_alternative<PrintFailed>(action)) {
            // The printer's answer outranks "Do you need more time?", which can only have come because
            // the job outlasted the print time-out: the visitor must see what became of their papers.
            if (session.screen == Screen::Printing) {
                session.dialog = Dialog::None;
            }
            std::visit([this](const auto& a) { apply(a); }, action);
            return;
        }
        if (session.dialog == Dialog::IdleWarning) {
            // The warning is modal: only "more time" answers it.
            if (std::holds_alternative<ExtendTime>(action)
                && session.extendsUsed < context.settings.maxExtends) {
                ++session.extendsUsed;
                session.dialog = Dialog::None;
            }
            return;
        }
        std::visit([this](const auto& a) { apply(a); }, action);
    }

    void apply(const Tick&) {}
    void apply(const PrintProgressed&) {}
    void apply(const ExtendTime&) {}

    void apply(const ChooseLanguage& a)
    {
        session.interfaceLanguage = a.language;
        if (session.screen == Screen::Welcome) {
            session.screen = Screen::ChooseForm;
            return;
        }
        if (const Template* f = form(); f && f->hasLanguage(a.language)) {
            session.formLanguage = a.language;
        }
    }

    void apply(const ChooseForm& a)
    {
        if (session.screen != Screen::ChooseForm) {
            return;
        }
        const auto it = std::ranges::find(context.forms, a.formId, &Template::id);
        if (it == context.forms.end()) {
            return;
        }
        session.formId = a.formId;
        session.sessionCode = a.sessionCode;
        session.formLanguage = it->hasLanguage(session.interfaceLanguage) ? session.interfaceLanguage : "";
        session.screen = Screen::BeforeStart;
        effects.push_back(effect::SessionStarted{a.formId, session.interfaceLanguage});
    }

    void apply(const ChooseFormLanguage& a)
    {
        if (const Template* f = form(); f && f->hasLanguage(a.language)) {
            session.formLanguage = a.language;
        }
    }

    void apply(const BeginQuestions&)
    {
        if (session.screen != Screen::BeforeStart || session.formLanguage.empty()) {
            return;
        }
        const std::vector<Step> steps = SessionView(*form(), session).steps();
        enter(steps.empty() ? std::nullopt : std::optional<Step>(steps.front()));
    }

    void apply(const SetDraft& a)
    {
        if (session.screen == Screen::Question) {
            session.draft = a.text;
            session.problem.reset();
        }
    }

    void apply(const ChooseOption& a) { chooseOption(a); }
    void apply(const Next&)
    {
        if (session.screen == Screen::Question) {
            next();
        }
    }
    void apply(const KeepAsTyped&) { keepAsTyped(); }
    void apply(const DontKnow&) { dontKnow(); }
    void apply(const Back&) { back(); }
    void apply(const AddMember&) { addMember(); }
    void apply(const EditMember& a) { editMember(a.member); }
    void apply(const RemoveMember& a) { removeMember(a.member); }
    void apply(const ChangeAnswer& a) { changeAnswer(a.step); }

    void apply(const Print&)
    {
        if (session.screen == Screen::Review) {
            startPrint(session.printsDone > 0);
        }
    }

    void apply(const PrintSucceeded&)
    {
        if (session.screen == Screen::Printing) {
            session.print = PrintState::Succeeded;
            ++session.printsDone;
            session.screen = Screen::Done;
        }
    }

    void apply(const PrintFailed& a)
    {
        if (session.screen == Screen::Printing) {
            session.print = PrintState::Failed;
            session.printFault = a.faultKey;
            session.screen = Screen::PrintFault;
            effects.push_back(effect::PrintFaulted{session.formId, a.faultKey});
        }
    }

    void apply(const RetryPrint&)
    {
        if (session.screen == Screen::PrintFault) {
            startPrint(session.printsDone > 0);
        }
    }

    void apply(const PrintAgain&)
    {
        if (session.screen == Screen::Done) {
            startPrint(true);
        }
    }

    void apply(const Finish&)
    {
        if (session.screen == Screen::Done) {
            wipe(effect::EndReason::Printed);
        }
    }

    void apply(const AskStartAgain&)
    {
        if (session.screen != Screen::Welcome) {
            session.dialog = Dialog::ConfirmStartAgain;
        }
    }

    void apply(const ConfirmStartAgain&)
    {
        if (session.dialog == Dialog::ConfirmStartAgain) {
            wipe(effect::EndReason::StartedAgain);
        }
    }

    void apply(const CloseDialog&)
    {
        if (session.dialog == Dialog::ConfirmStartAgain) {
            session.dialog = Dialog::None;
        }
    }
};

bool needsForm(Screen screen)
{
    return screen != Screen::Welcome && screen != Screen::ChooseForm;
}

} // namespace

const Template* activeForm(const InterviewContext& context, const Session& session)
{
    if (session.formId.empty()) {
        return nullptr;
    }
    const auto it = std::ranges::find(context.forms, session.formId, &Template::id);
    return it == context.forms.end() ? nullptr : &*it;
}

Update update(const InterviewContext& context, Session session, const Action& action)
{
    Engine engine{context, std::move(session), {}};
    if (!std::holds_alternative<Tick>(action) && needsForm(engine.session.screen)
        && !engine.form()) {
        // The form went away (forms reloaded by staff): start again rather than act on nothing.
        engine.wipe(effect::EndReason::StartedAgain);
        return Update{std::move(engine.session), std::move(engine.effects)};
    }
    engine.handle(action);
    return Update{std::move(engine.session), std::move(engine.effects)};
}

} // namespace helder::core
