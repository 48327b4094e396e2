// Export the timeline data as a named export
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
            start_date: { year: "2022", month: "11", day: "30" },
            text: {
                headline: "ChatGPT drops",
                text: "<p>OpenAI releases the blogpost \"Optimizing Language Models for Dialog\"</p>"
            }
        },
        {
            start_date: { year: "2023", month: "02", day: "17" },
            text: {
                headline: "Bing gaslights NYT reporter",
                text: "<p>Bing's AI chatbot has a contentious interaction with a New York Times reporter.</p>"
            }
        },
        {
            start_date: { year: "2023", month: "02", day: "24" },
            text: {
                headline: "LLaMA is released / leaked",
                text: "<p>Meta's large language model is released and subsequently leaked online.</p>"
            }
        },
        {
            start_date: { year: "2023", month: "03", "day": "22" },
            text: {
                headline: "FLI letter",
                text: "<p>Future of Life Institute puts out \"Pause Giant AI Experiments\"</p>"
            }
        },
        {
            start_date: { year: "2024", month: "12", "day": "20" },
            text: {
                headline: "o3 early evals released",
                text: "<p>Release of preliminary evaluation results for o3</p>"
            }
        }
    ]
};
