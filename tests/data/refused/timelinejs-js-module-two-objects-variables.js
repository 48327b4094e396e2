// src/data/timelineData.js

export const CATEGORIES = {
    MODEL_RELEASE: "Model Release",
    CULTURE: "Culture & Society",
    BUSINESS: "Business & Industry",
    RESEARCH: "Research & Papers",
    POLICY: "Policy & Regulation"
};

export const TIMELINE_DATA = {
    title: {
        media: {
            url: "/images/time100cover.jpg",
            caption: "TIME 100 AI 2023 Cover"
        },
        text: {
            headline: "Inside the AGI revolution<br/> 2022 - 2024",
            text: "<p>The last three years of AI have happened fast. This timeline attempts to tell its story.</p>"
        }
    },
    events: [
        {
            start_date: { year: "2022", month: "06", day: "11" },
            text: {
                headline: "Blake Lemoine fired",
                text: "<p>The Google engineer is fired after claiming that its LaMBDA model was sentient.</p>"
            },
            importance: 1, 
            category: CATEGORIES.CULTURE
        },
        {
            start_date: { year: "2022", month: "11", day: "30" },
            text: {
                headline: "ChatGPT drops",
                text: "<p>OpenAI releases the blogpost \"Optimizing Language Models for Dialog\"</p>"
            },
            importance: 3,
            category: CATEGORIES.MODEL_RELEASE
        }
    ]
};